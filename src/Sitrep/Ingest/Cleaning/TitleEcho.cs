using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Ingest.Cleaning;

/// <summary>
/// Finds the first lines of a text that merely repeat its title, as pages and exports often
/// print the headline once or twice above the article.
/// </summary>
internal static partial class TitleEcho
{
    // A headline is a short line; anything longer repeated at the top is kept as text.
    private const int MaxTitleLength = 300;

    /// <summary>
    /// How many leading lines (blank ones included) repeat the title. Without a known title, a
    /// first line printed twice in a row is taken as the title and returned in <paramref name="title"/>.
    /// </summary>
    public static int CountLeadingEchoes(IReadOnlyList<string> lines, ref string? title)
    {
        var nonBlank = Enumerable.Range(0, lines.Count).Where(i => !string.IsNullOrWhiteSpace(lines[i]));
        if (title is null)
        {
            var firstTwo = nonBlank.Take(2).Select(i => lines[i].Trim()).ToList();
            if (firstTwo.Count < 2 || firstTwo[0].Length > MaxTitleLength || Fold(firstTwo[0]) != Fold(firstTwo[1])) return 0;
            title = firstTwo[0];
        }
        var foldedTitle = Fold(title);
        var end = 0;
        foreach (var i in nonBlank)
        {
            if (Fold(lines[i]) != foldedTitle) break;
            end = i + 1;
        }
        return end;
    }

    private static string Fold(string line) => Spaces().Replace(TextNormalizer.Normalize(line), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
