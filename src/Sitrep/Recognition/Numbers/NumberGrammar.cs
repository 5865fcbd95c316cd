using System.Globalization;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>
/// Reads a run of figures and number words as Microsoft.Recognizers' number model does, without it: "43", "2.400"
/// (thousands), "1,5" and "1.5" (decimals), "2 500" (groups of three), "1,5 million", "100 mille", "vingt et un",
/// "quatre-vingt-dix", "deux mille cinq cents"; "2016 14" and "10 20" are two numbers. Null for a run it cannot
/// read with certainty (a lone dash, "deux trois", "1.200,5"...), which then goes to the model. Word values are
/// in <c>number_words.tsv</c>.
/// </summary>
public sealed class NumberGrammar(NumberWords words)
{
    private const double Hundred = 100;
    private const double Thousand = 1000;
    private const int MaxPiecesOnStack = 128;
    // Up to this many digits, an integer is below 2^53: a double holds it exactly, as double.Parse would give it.
    private const int MaxExactDigits = 15;

    /// <summary>Adds the numbers of <paramref name="window"/> to <paramref name="found"/> (a list the caller reuses from run
    /// to run); false, and the list as it was, when the run must go to the model.</summary>
    /// <param name="window">A run found by <see cref="NumberRuns"/>: figures, number words, "et" between words.</param>
    public bool TryRead(ReadOnlySpan<char> window, List<ParsedNumber> found)
    {
        // A piece is a character at least, and a blank after it but the last: at most half the window, rounded up. Runs
        // are short (ModelWindows.MaxChars but for a long token), so the pieces are on the stack, not a list a run.
        var most = (window.Length + 1) / 2;
        var room = most <= MaxPiecesOnStack ? stackalloc (int Start, int Length)[most] : new (int Start, int Length)[most];
        ReadOnlySpan<(int Start, int Length)> pieces = room[..Pieces(window, room)];
        var before = found.Count;
        var i = 0;
        while (i < pieces.Length)
        {
            var read = char.IsAsciiDigit(window[pieces[i].Start]) ? ReadFigure(window, pieces, i) : ReadWords(window, pieces, i);
            if (read is not var (end, value))
            {
                found.RemoveRange(before, found.Count - before);
                return false;
            }
            var last = pieces[end - 1];
            found.Add(new ParsedNumber(pieces[i].Start, last.Start + last.Length - pieces[i].Start, value));
            i = end;
        }
        return true;
    }

    /// <summary>Whether a run of this one word, alone, is read as one number over the whole word (as
    /// <see cref="ReadWords"/> reads it): a word with a value, neither a joiner nor a compound.</summary>
    public bool ReadsAsOneNumber(string norm) =>
        norm.Length > 0 && !char.IsAsciiDigit(norm[0]) && !words.IsJoiner(norm) && !norm.Contains('-') && words.Value(norm) is not null;

    /// <summary>"2 500", "1,5 million", "100 mille": a figure, the groups of three digits after it, maybe a multiplier.</summary>
    private (int End, double Value)? ReadFigure(ReadOnlySpan<char> window, ReadOnlySpan<(int Start, int Length)> pieces, int i)
    {
        if (Figure(window.Slice(pieces[i].Start, pieces[i].Length)) is not double value) return null;
        var end = i + 1;
        if (IsDigits(window, pieces[i]) && pieces[i].Length <= 3)
            while (end < pieces.Length && pieces[end].Length == 3 && IsDigits(window, pieces[end]))
                value = value * Thousand + Digits(window.Slice(pieces[end++].Start, 3));
        if (end < pieces.Length && !char.IsAsciiDigit(window[pieces[end].Start]))
        {
            var multiplier = words.Value(Norm(window, pieces[end]));
            if (multiplier is >= Thousand) return (end + 1, value * multiplier.Value);
            // "2016 un", "2016 trois" are two numbers, and what follows is read on its own.
            if (multiplier is null) return null;
        }
        return (end, value);
    }

    /// <summary>French number words, added and multiplied as they are spoken.</summary>
    private (int End, double Value)? ReadWords(ReadOnlySpan<char> window, ReadOnlySpan<(int Start, int Length)> pieces, int i)
    {
        double total = 0, current = 0, last = 0;
        var end = i;
        var joined = false;
        for (; end < pieces.Length; end++)
        {
            var norm = Norm(window, pieces[end]);
            if (char.IsAsciiDigit(norm[0])) return null;
            if (words.IsJoiner(norm))
            {
                if (joined || end == i || norm != "et") return null;
                joined = true;
                continue;
            }
            foreach (var range in norm.AsSpan().Split('-'))
            {
                if (words.Value(norm.AsSpan()[range]) is not double v) return null;
                if (v >= Thousand) { total += (current == 0 ? 1 : current) * v; current = 0; last = v; }
                else if (v == Hundred) { current = (current == 0 ? 1 : current) * v; last = v; }
                else if (v == 20 && last == 4 && current % Hundred == 4) { current += 76; last = 80; }
                else if (Follows(last, v)) { current += v; last = v; }
                else return null;
            }
            joined = false;
        }
        return joined ? null : (end, total + current);
    }

    /// <summary>Whether a word worth <paramref name="v"/> may be added after one worth <paramref name="last"/>:
    /// "vingt et un", "soixante-dix-sept", "cent vingt", "mille deux"; not "deux trois".</summary>
    private static bool Follows(double last, double v) => last switch
    {
        0 => true,
        >= Hundred => v < Hundred,
        10 => v < 10,
        _ when last % 10 == 0 => v < 20,
        _ => false,
    };

    /// <summary>"43", "2.400" and "100.000" (dots before groups of three), "1,5", "1.5"; null for anything else.</summary>
    private static double? Figure(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',')) return null;
        if (!char.IsAsciiDigit(s[^1])) return null;
        if (!s.ContainsAny('.', ',')) return s.Length <= MaxExactDigits ? Digits(s) : double.Parse(s, CultureInfo.InvariantCulture);
        if (s.Contains(',') && s.Contains('.')) return null;
        if (s.Count(',') > 1) return null;
        if (s.Contains(',')) return double.Parse(s.ToString().Replace(',', '.'), CultureInfo.InvariantCulture);
        var groups = s.ToString().Split('.');
        if (groups.Length == 2 && groups[1].Length != 3) return double.Parse(s, CultureInfo.InvariantCulture);
        if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)) return null;
        return double.Parse(string.Concat(groups), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The value of a run of ASCII digits no longer than <see cref="MaxExactDigits"/>, added up as an integer: nearly every
    /// figure is one, and double.Parse (which gives the same double: any such integer is exact) was a sixth of reading a run.
    /// </summary>
    private static double Digits(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var c in digits) value = value * 10 + (c - '0');
        return value;
    }

    /// <summary>The window cut at white space; a piece is a figure (digits, "." and ","), or a word.</summary>
    /// <returns>How many pieces were written to <paramref name="pieces"/>.</returns>
    private static int Pieces(ReadOnlySpan<char> window, Span<(int Start, int Length)> pieces)
    {
        var count = 0;
        var start = -1;
        for (var c = 0; c <= window.Length; c++)
        {
            var blank = c == window.Length || window[c] is ' ' or '\u00A0' or '\u202F' or '\t' or '\n';
            if (!blank && start < 0) start = c;
            else if (blank && start >= 0) { pieces[count++] = (start, c - start); start = -1; }
        }
        return count;
    }

    private static bool IsDigits(ReadOnlySpan<char> window, (int Start, int Length) piece)
    {
        foreach (var c in window.Slice(piece.Start, piece.Length))
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static string Norm(ReadOnlySpan<char> window, (int Start, int Length) piece) => TextNormalizer.Normalize(window.Slice(piece.Start, piece.Length));
}
