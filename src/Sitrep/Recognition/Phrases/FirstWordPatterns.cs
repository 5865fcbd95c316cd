using Sitrep.Text;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// The patterns that start with one whole word, narrowed by the token after it. Common words start many patterns
/// ("à" some thirty cues, "," and "avec" nine each) and nearly every one of them needs a given second word, so
/// trying them all at every "à" of a text was most of the dictionary pass's work. A pattern whose second word is a
/// plain word (not a prefix or a gap) can only match when the next token is that word; the others may match whatever
/// follows. Each list keeps the patterns' order, which decides the order of equally long matches.
/// Built once; immutable and thread-safe.
/// </summary>
internal sealed class FirstWordPatterns<T>
{
    // Below this many patterns, looking the next token up costs more than trying them all.
    private const int MinPatternsToNarrow = 4;

    private readonly List<PhrasePattern<T>> _all;
    // By the next token's norm: the patterns needing that second word and those taking any, in pattern order.
    private readonly Dictionary<string, List<PhrasePattern<T>>>? _bySecondWord;
    // The patterns that may match whatever the next token is, in pattern order.
    private readonly List<PhrasePattern<T>> _anySecondWord = [];

    public FirstWordPatterns(List<PhrasePattern<T>> patterns)
    {
        _all = patterns;
        if (patterns.Count < MinPatternsToNarrow) return;
        _bySecondWord = new Dictionary<string, List<PhrasePattern<T>>>(StringComparer.Ordinal);
        foreach (var p in patterns)
            if (SecondWord(p) is { } second && !_bySecondWord.ContainsKey(second)) _bySecondWord[second] = [];
        foreach (var p in patterns)
        {
            var second = SecondWord(p);
            if (second is null) _anySecondWord.Add(p);
            foreach (var (word, list) in _bySecondWord)
                if (second is null || second == word) list.Add(p);
        }
    }

    /// <summary>The patterns that may match from token <paramref name="start"/> (whose norm is their first word), in order.</summary>
    public List<PhrasePattern<T>> For(AnalyzedText text, int start, int endToken)
    {
        if (_bySecondWord is null) return _all;
        if (start + 1 >= endToken) return _anySecondWord;
        return _bySecondWord.TryGetValue(text.Norm(start + 1), out var narrowed) ? narrowed : _anySecondWord;
    }

    /// <summary>
    /// The norm the token after the first must have for the pattern to match, or null when any token may follow: a one-word
    /// pattern, a prefix or gap second word, or a gap first word (which may take more than one token).
    /// </summary>
    private static string? SecondWord(PhrasePattern<T> pattern)
    {
        var words = pattern.Words;
        if (words.Length < 2 || words[0].IsGap || words[0].IsPrefix) return null;
        var second = words[1];
        return second.IsGap || second.IsPrefix ? null : second.Folded;
    }
}
