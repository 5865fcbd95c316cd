using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// The text a run of tokens spans, normalized as <see cref="TextNormalizer.Normalize(ReadOnlySpan{char})"/> would, made
/// from the tokens' norms: the normalizer folds each character on its own, so the text's fold is the tokens' norms with
/// the characters between them folded. The scanner keys every run that may open a name; this way it folds no character
/// twice and asks no table for a string.
/// </summary>
internal static class NormalizedRun
{
    /// <summary>How many characters the normalized text of tokens [<paramref name="first"/>, <paramref name="end"/>) has.</summary>
    public static int Length(AnalyzedText text, int first, int end)
    {
        var length = 0;
        for (var t = first; t < end; t++)
        {
            if (t > first)
                foreach (var c in Between(text, t)) length += TextNormalizer.Fold(c).Length;
            length += text.Norm(t).Length;
        }
        return length;
    }

    /// <summary>
    /// Writes the normalized text of tokens [<paramref name="first"/>, <paramref name="end"/>) into <paramref name="into"/>
    /// (<see cref="Length"/> characters), and where it ends after each token: <paramref name="tokenEnds"/>[k] after k tokens.
    /// </summary>
    public static void Write(AnalyzedText text, int first, int end, Span<char> into, Span<int> tokenEnds)
    {
        var n = 0;
        tokenEnds[0] = 0;
        for (var t = first; t < end; t++)
        {
            if (t > first)
                foreach (var c in Between(text, t))
                {
                    var folded = TextNormalizer.Fold(c);
                    folded.CopyTo(into[n..]);
                    n += folded.Length;
                }
            var norm = text.Norm(t);
            norm.CopyTo(into[n..]);
            n += norm.Length;
            tokenEnds[t - first + 1] = n;
        }
    }

    /// <summary>The characters between token <paramref name="token"/> and the one before it.</summary>
    private static ReadOnlySpan<char> Between(AnalyzedText text, int token)
    {
        var previousEnd = text.Tokens[token - 1].End;
        return text.Text.AsSpan(previousEnd, text.Tokens[token].Start - previousEnd);
    }
}
