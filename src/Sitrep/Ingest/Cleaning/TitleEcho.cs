namespace Sitrep.Ingest.Cleaning;

/// <summary>
/// Finds the first lines of a text that merely repeat its title, as pages and exports often
/// print the headline once or twice above the article.
/// </summary>
/// <remarks>
/// Lines and title compare folded (<see cref="LineFold.Spaced"/>: lower case, no diacritics, whitespace runs made one
/// space); a line is folded only as far as it matches, so a first paragraph that is not the title costs a few characters.
/// </remarks>
internal static class TitleEcho
{
    // A headline is a short line; anything longer repeated at the top is kept as text.
    private const int MaxTitleLength = 300;

    /// <summary>
    /// How many lines from <paramref name="from"/> on (blank ones included) repeat the title. Without a known title, a
    /// first line printed twice in a row is taken as the title and returned in <paramref name="title"/>.
    /// </summary>
    public static int CountLeadingEchoes(string text, IReadOnlyList<TextLine> lines, int from, ref string? title)
    {
        if (title is null)
        {
            var first = NonBlankFrom(text, lines, from);
            var second = first < 0 ? -1 : NonBlankFrom(text, lines, first + 1);
            if (second < 0) return 0;
            var firstLine = lines[first].In(text).Trim();
            if (firstLine.Length > MaxTitleLength || !LineFold.SpacesTo(lines[second].In(text), LineFold.Spaced(firstLine))) return 0;
            title = firstLine.ToString();
        }
        var foldedTitle = LineFold.Spaced(title);
        var end = from;
        for (var i = NonBlankFrom(text, lines, from); i >= 0; i = NonBlankFrom(text, lines, i + 1))
        {
            if (!LineFold.SpacesTo(lines[i].In(text), foldedTitle)) break;
            end = i + 1;
        }
        return end - from;
    }

    /// <summary>The first line at or after <paramref name="from"/> that is not blank, or -1.</summary>
    private static int NonBlankFrom(string text, IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (!lines[i].IsBlankIn(text))
                return i;
        return -1;
    }
}
