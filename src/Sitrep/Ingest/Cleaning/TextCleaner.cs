using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Ingest.Decoding;
using Sitrep.Text;

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
        var normalized = Normalize(repaired);
        // The lines' places are only needed here: the thread's list, not a new one grown for each text.
        var lines = ScratchList<TextLine>.Take();
        DropBoilerplate(normalized, lines);
        var skipped = CountLeadingBlanks(normalized, lines, 0);
        skipped += TitleEcho.CountLeadingEchoes(normalized, lines, skipped, ref title);
        skipped += CountLeadingBlanks(normalized, lines, skipped);
        var text = Joined(normalized, lines, skipped);
        ScratchList<TextLine>.Return(lines);
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
    private void DropBoilerplate(string text, List<TextLine> kept)
    {
        var justDropped = false;
        for (var start = 0; start <= text.Length;)
        {
            var length = text.AsSpan(start).IndexOf('\n');
            var line = new TextLine(start, length < 0 ? text.Length - start : length);
            start = line.End + 1;
            if (boilerplate.IsBoilerplate(line.In(text)))
            {
                justDropped = true;
                continue;
            }
            var redundantBlank = justDropped && line.IsBlankIn(text) && (kept.Count == 0 || kept[^1].IsBlankIn(text));
            justDropped = false;
            if (!redundantBlank) kept.Add(line);
        }
    }

    private static int CountLeadingBlanks(string text, List<TextLine> lines, int from)
    {
        var count = 0;
        while (from + count < lines.Count && lines[from + count].IsBlankIn(text)) count++;
        return count;
    }

    /// <summary>
    /// The lines from <paramref name="first"/> on, one per line, without trailing whitespace: most often one piece
    /// of the text, or the whole of it, as nothing was dropped between them.
    /// </summary>
    private static string Joined(string text, List<TextLine> lines, int first)
    {
        if (first == lines.Count) return "";
        var contiguous = true;
        for (var i = first + 1; i < lines.Count && contiguous; i++) contiguous = lines[i].Start == lines[i - 1].End + 1;
        if (contiguous)
        {
            var start = lines[first].Start;
            var piece = text.AsSpan(start, lines[^1].End - start).TrimEnd();
            return piece.Length == text.Length ? text : piece.ToString();
        }
        var joined = new StringBuilder(text.Length);
        for (var i = first; i < lines.Count; i++)
        {
            if (i > first) joined.Append('\n');
            joined.Append(text.AsSpan(lines[i].Start, lines[i].Length));
        }
        return joined.ToString().TrimEnd();
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex Whitespace();
}
