using System.Globalization;
using System.Text;

namespace Sitrep.Cli.Output;

/// <summary>
/// A table cell's text as a terminal shows it: its width in columns, and its lines wrapped to a column's width
/// the way Spectre.Console wrapped them (the tables were Spectre's before, and their layout is kept).
/// </summary>
internal static class CellText
{
    /// <summary>
    /// The cell's own lines: a line break in a value starts a new line in its cell, and any other control character
    /// shows as a space (<see cref="TerminalText"/>).
    /// </summary>
    public static string[] Lines(string cell) => TerminalText.Printable(cell.ReplaceLineEndings("\n")).Split('\n');

    /// <summary>
    /// Terminal columns: a combining mark takes none (an accent written apart from its letter), an East Asian
    /// wide character or an emoji two, any other character one (a precomposed "é" is one, as it is one character).
    /// </summary>
    public static int Width(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAnyExceptInRange(' ', '~');
        if (ascii < 0) return text.Length;
        var width = ascii;
        foreach (var rune in text[ascii..].EnumerateRunes()) width += Width(rune);
        return width;
    }

    /// <remarks>
    /// A control character (a tab) takes one: it prints as a space (<see cref="Lines"/>). A soft hyphen takes one, as
    /// terminals show it.
    /// </remarks>
    private static int Width(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Format when rune.Value == SoftHyphen => 1,
        UnicodeCategory.Control => 1,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
        _ => IsWide(rune.Value) ? 2 : 1,
    };

    private const int SoftHyphen = 0xAD;

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F or >= 0x1F900 and <= 0x1F9FF or >= 0x20000 and <= 0x3FFFD;

    /// <summary>The width of the cell's widest line: its column shows it unwrapped when at least this wide.</summary>
    public static int MaxWidth(string cell)
    {
        if (!cell.AsSpan().ContainsAny('\n', '\r')) return Width(cell);
        var widest = 0;
        foreach (var line in Lines(cell)) widest = Math.Max(widest, Width(line));
        return widest;
    }

    /// <summary>Runs of non-space characters and runs of spaces, in order.</summary>
    private static IEnumerable<ReadOnlyMemory<char>> Words(string line)
    {
        for (int start = 0, length; start < line.Length; start += length)
        {
            length = RunLength(line.AsSpan(start));
            yield return line.AsMemory(start, length);
        }
    }

    /// <summary>How long the run of spaces, or of other characters, that starts <paramref name="text"/> is.</summary>
    private static int RunLength(ReadOnlySpan<char> text)
    {
        var space = char.IsWhiteSpace(text[0]);
        var length = 1;
        while (length < text.Length && char.IsWhiteSpace(text[length]) == space) length++;
        return length;
    }

    /// <summary>
    /// The cell's lines at most <paramref name="width"/> columns wide: words move to the next line whole, a word wider
    /// than the column is cut, and the spaces at a break are dropped.
    /// </summary>
    /// <param name="ellipsis">A word too wide ends in "…" at the column's edge instead, as a header does.</param>
    public static IReadOnlyList<string> Wrap(string cell, int width, bool ellipsis = false)
    {
        var lines = Lines(cell);
        if (lines.All(line => Width(line) <= width)) return lines;
        if (width <= 0) return [];
        var wrapped = new List<string>();
        foreach (var line in lines) WrapLine(line, width, ellipsis, wrapped);
        // The spaces that end the cell at a break leave no empty last line (a break inside the cell keeps its).
        if (wrapped[^1].Length == 0 && lines[^1].Length > 0) wrapped.RemoveAt(wrapped.Count - 1);
        return wrapped;
    }

    private static void WrapLine(string line, int width, bool ellipsis, List<string> wrapped)
    {
        var current = new StringBuilder();
        var used = 0;
        foreach (var (word, cutFirst) in ellipsis ? Shortened(line, width) : Pieces(line, width))
        {
            var wordWidth = Width(word.Span);
            if (used + wordWidth > width)
            {
                wrapped.Add(current.ToString());
                current.Clear();
                used = 0;
                // Spaces at a break are dropped, unless a cut word (a long run of spaces) starts with them.
                if (!cutFirst && char.IsWhiteSpace(word.Span[0])) continue;
            }
            current.Append(word.Span);
            used += wordWidth;
        }
        wrapped.Add(current.ToString());
    }

    /// <summary>The line's words, each wider than <paramref name="width"/> cut to fit with "…" as its last column, and flagged.</summary>
    private static IEnumerable<(ReadOnlyMemory<char> Piece, bool CutFirst)> Shortened(string line, int width)
    {
        foreach (var word in Words(line))
        {
            if (Width(word.Span) <= width)
            {
                yield return (word, false);
                continue;
            }
            var (kept, used) = (0, 0);
            while (kept < word.Length)
            {
                Rune.DecodeFromUtf16(word.Span[kept..], out var rune, out var length);
                if (used + Width(rune) > width - 1) break;
                used += Width(rune);
                kept += length;
            }
            yield return (string.Concat(word.Span[..kept], "…").AsMemory(), true);
        }
    }

    /// <summary>The line's words, each wider than <paramref name="width"/> cut into pieces that fit, the first of them flagged.</summary>
    private static IEnumerable<(ReadOnlyMemory<char> Piece, bool CutFirst)> Pieces(string line, int width)
    {
        foreach (var word in Words(line))
        {
            if (Width(word.Span) <= width)
            {
                yield return (word, false);
                continue;
            }
            var (start, used, position) = (0, 0, 0);
            while (position < word.Length)
            {
                Rune.DecodeFromUtf16(word.Span[position..], out var rune, out var length);
                var runeWidth = Width(rune);
                if (used + runeWidth > width && position > start)
                {
                    yield return (word[start..position], start == 0);
                    (start, used) = (position, 0);
                }
                used += runeWidth;
                position += length;
            }
            yield return (word[start..], start == 0);
        }
    }
}
