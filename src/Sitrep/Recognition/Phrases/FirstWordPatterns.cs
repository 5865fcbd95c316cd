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
    // By the next token's number (PatternWordIds): the patterns needing that second word and those taking any, in pattern order.
    private readonly Dictionary<int, List<PhrasePattern<T>>>? _bySecondWord;
    // The patterns that may match whatever the next token is, in pattern order.
    private readonly List<PhrasePattern<T>> _anySecondWord = [];

    public FirstWordPatterns(List<PhrasePattern<T>> patterns)
    {
        _all = patterns;
        if (patterns.Count < MinPatternsToNarrow) return;
        _bySecondWord = [];
        foreach (var p in patterns)
            if (SecondWord(p) is var second and not PatternWordIds.None) _bySecondWord.TryAdd(second, []);
        foreach (var p in patterns)
        {
            var second = SecondWord(p);
            if (second == PatternWordIds.None) _anySecondWord.Add(p);
            foreach (var (word, list) in _bySecondWord)
                if (second == PatternWordIds.None || second == word) list.Add(p);
        }
    }

    /// <summary>
    /// The patterns that may match from token <paramref name="start"/> (whose norm is their first word), in order;
    /// <paramref name="tokenIds"/> holds the number of each token's norm (<see cref="PatternWordIds"/>).
    /// </summary>
    public List<PhrasePattern<T>> For(ReadOnlySpan<int> tokenIds, int start, int endToken)
    {
        if (_bySecondWord is null) return _all;
        if (start + 1 >= endToken) return _anySecondWord;
        return _bySecondWord.TryGetValue(tokenIds[start + 1], out var narrowed) ? narrowed : _anySecondWord;
    }

    /// <summary>
    /// The number of the norm the token after the first must have for the pattern to match, or none when any token may
    /// follow: a one-word pattern, a prefix or gap second word, or a gap first word (which may take more than one token).
    /// </summary>
    private static int SecondWord(PhrasePattern<T> pattern)
    {
        var words = pattern.Words;
        return words.Length < 2 || words[0].IsGap || words[0].IsPrefix ? PatternWordIds.None : words[1].Id;
    }
}
