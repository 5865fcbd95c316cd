using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Finding the tokens around a character span, for rules that look at the word after a match. Tokens are in text
/// order, so each search is a binary search: a sentence of a million tokens costs twenty steps, not a million.
/// </summary>
public static class TokenSearch
{
    /// <summary>The first token of the sentence that starts at or after <paramref name="offset"/>, or -1.</summary>
    public static int FirstAtOrAfter(AnalyzedText text, Sentence sentence, int offset)
    {
        var first = FirstStartingAtOrAfter(text, sentence, offset);
        return first < sentence.EndToken ? first : -1;
    }

    /// <summary>The token right after <paramref name="span"/>, when only white space lies between them; else -1.</summary>
    public static int Following(AnalyzedText text, Sentence sentence, TextSpan span)
    {
        var next = FirstAtOrAfter(text, sentence, span.End);
        return next >= 0 && IsBlank(text.Text, span.End, text.Tokens[next].Start) ? next : -1;
    }

    /// <summary>Whether only white space lies in [from, to).</summary>
    public static bool IsBlank(string text, int from, int to)
    {
        for (var c = from; c < to; c++)
            if (!char.IsWhiteSpace(text[c])) return false;
        return true;
    }

    /// <summary>The tokens lying wholly inside <paramref name="span"/>.</summary>
    public static IEnumerable<int> Inside(AnalyzedText text, Sentence sentence, TextSpan span)
    {
        var (first, end) = InsideRange(text, sentence, span);
        return Enumerable.Range(first, end - first);
    }

    /// <summary>The tokens lying wholly inside <paramref name="span"/>, as the range [First, End) they make.</summary>
    public static (int First, int End) InsideRange(AnalyzedText text, Sentence sentence, TextSpan span)
    {
        // No token starting before the span can lie inside it; tokens do not overlap, so the first one after them that
        // ends past the span is followed by none that starts in it.
        var first = FirstStartingAtOrAfter(text, sentence, span.Start);
        var end = first;
        while (end < sentence.EndToken && text.Tokens[end].End <= span.End) end++;
        return (first, end);
    }

    /// <summary>The token of [<paramref name="first"/>, <paramref name="end"/>) that <paramref name="offset"/> falls strictly
    /// inside (after its first character, before its end), or -1.</summary>
    public static int Around(AnalyzedText text, int first, int end, int offset)
    {
        // Tokens do not overlap: only the last one starting before the offset may hold it.
        var i = FirstStartingAtOrAfter(text, first, end, offset) - 1;
        return i >= first && text.Tokens[i].End > offset ? i : -1;
    }

    /// <summary>The first token of the sentence starting at or after <paramref name="offset"/>; the sentence's end token when none does.</summary>
    private static int FirstStartingAtOrAfter(AnalyzedText text, Sentence sentence, int offset) =>
        FirstStartingAtOrAfter(text, sentence.FirstToken, sentence.EndToken, offset);

    /// <summary>The first token of [<paramref name="first"/>, <paramref name="end"/>) starting at or after
    /// <paramref name="offset"/>; <paramref name="end"/> when none does.</summary>
    public static int FirstStartingAtOrAfter(AnalyzedText text, int first, int end, int offset)
    {
        // Not SortedSearch: its key delegate would be allocated per call, and quantities search several times a figure.
        var tokens = text.Tokens;
        while (first < end)
        {
            var mid = first + (end - first) / 2;
            if (tokens[mid].Start < offset) first = mid + 1;
            else end = mid;
        }
        return first;
    }
}
