using System.Buffers;

namespace Sitrep.Cli.Output;

/// <summary>
/// An article's text as the plain-text outputs (tables, `explain`, `eval --errors`) print it. Articles carry tabs and,
/// now and then, other control characters: a tab jumps to the terminal's next tab stop, out of its table column, and
/// an escape sequence in a scraped page would recolour or move the reader's terminal. Each such character prints as
/// one space, a carriage return too (alone it sends the cursor back over the line); a line feed stays a line
/// break. The store, the exports and the JSON outputs keep the text as it was.
/// </summary>
internal static class TerminalText
{
    public static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAny(Hidden)) return text;
        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++) chars[i] = Hidden.Contains(source[i]) ? ' ' : source[i];
        });
    }

    /// <summary>Unicode's control characters (C0, DEL, C1) but the line feed.</summary>
    private static readonly SearchValues<char> Hidden = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c != '\n').ToArray());
}
