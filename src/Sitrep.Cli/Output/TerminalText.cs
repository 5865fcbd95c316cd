using System.Buffers;

namespace Sitrep.Cli.Output;

/// <summary>
/// An article's text, or an input's name, as the plain-text outputs print it (tables, `explain`, `eval --errors`, the
/// notes and failures `run` and `ingest` list). Articles carry tabs and, now and then, other control characters: a tab
/// jumps to the terminal's next tab stop, out of its table column, and an escape sequence in a scraped page (or in a
/// file's name) would recolour or move the reader's terminal. Each such character prints as one space, a carriage
/// return too (alone it sends the cursor back over the line); a line feed stays a line break. The store, the exports
/// and the JSON outputs keep the text as it was.
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
