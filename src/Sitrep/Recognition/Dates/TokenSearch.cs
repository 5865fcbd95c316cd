using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>Finding the tokens around a character span, for rules that look at the word after a match.</summary>
public static class TokenSearch
{
    /// <summary>The first token of the sentence that starts at or after <paramref name="offset"/>, or -1.</summary>
    public static int FirstAtOrAfter(AnalyzedText text, Sentence sentence, int offset)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (text.Tokens[i].Start >= offset) return i;
        return -1;
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
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (span.Contains(new TextSpan(text.Tokens[i].Start, text.Tokens[i].Length))) yield return i;
    }
}
