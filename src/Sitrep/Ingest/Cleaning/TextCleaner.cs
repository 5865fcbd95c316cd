using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Cleaning;

/// <summary>
/// An article's text and title as stored: NFC, <c>\n</c> line ends, boilerplate and title echoes removed; and whether
/// its text was double-encoded UTF-8 that had to be repaired.
/// </summary>
internal sealed record CleanText(string Text, string? Title, bool MojibakeRepaired);

/// <summary>
/// Prepares raw article text for storage. Besides dropping whole boilerplate lines and the
/// leading lines that repeat the title, it leaves the text as it is: later stages keep
/// character offsets into exactly this text.
/// </summary>
internal sealed partial class TextCleaner(BoilerplateFilter boilerplate)
{
    public CleanText Clean(string raw, string? rawTitle)
    {
        var title = CleanTitle(rawTitle);
        var unmarked = raw.TrimStart('\uFEFF');
        var repaired = MojibakeRepair.Repair(unmarked);
        var lines = DropBoilerplate(Normalize(repaired).Split('\n'));
        lines.RemoveRange(0, CountLeadingBlanks(lines));
        lines.RemoveRange(0, TitleEcho.CountLeadingEchoes(lines, ref title));
        lines.RemoveRange(0, CountLeadingBlanks(lines));
        var text = string.Join('\n', lines).TrimEnd();
        return new CleanText(text, title, MojibakeRepaired: repaired != unmarked);
    }

    private static string Normalize(string text) =>
        WellFormed(text).ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Lone surrogates (from a character reference such as <c>&amp;#xD800;</c>, or a JSON <c>\ud800</c>) and U+FFFE (a
    /// byte order mark read backwards) become U+FFFD, as a decoder makes of bytes it cannot read: Unicode normalisation
    /// refuses them, and no later stage should see them.
    /// </summary>
    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !text.Contains('\uFFFE')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE') chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static string? CleanTitle(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        return Whitespace().Replace(Normalize(MojibakeRepair.Repair(raw.TrimStart('\uFEFF'))), " ").Trim();
    }

    // A dropped line takes one neighbouring blank line with it, so removing an ad between two
    // paragraphs leaves one paragraph break, not two.
    private List<string> DropBoilerplate(string[] lines)
    {
        var kept = new List<string>(lines.Length);
        var justDropped = false;
        foreach (var line in lines)
        {
            if (boilerplate.IsBoilerplate(line))
            {
                justDropped = true;
                continue;
            }
            var redundantBlank = justDropped && string.IsNullOrWhiteSpace(line) && (kept.Count == 0 || string.IsNullOrWhiteSpace(kept[^1]));
            justDropped = false;
            if (!redundantBlank) kept.Add(line);
        }
        return kept;
    }

    private static int CountLeadingBlanks(List<string> lines)
    {
        var count = 0;
        while (count < lines.Count && string.IsNullOrWhiteSpace(lines[count])) count++;
        return count;
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex Whitespace();
}
