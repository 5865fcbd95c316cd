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

    private readonly PatternCandidate<T>[] _all;
    // The second words that narrow (PatternWordIds), and at the same index the patterns needing that second word and
    // those taking any, in pattern order: two arrays read, where a dictionary of lists was five objects deep.
    private readonly int[]? _secondWords;
    private readonly PatternCandidate<T>[][]? _bySecondWord;
    // The patterns that may match whatever the next token is, in pattern order.
    private readonly PatternCandidate<T>[] _anySecondWord;

    public FirstWordPatterns(List<PhrasePattern<T>> patterns)
    {
        _all = PatternCandidate<T>.Of(patterns);
        _anySecondWord = [.. _all.Where(c => c.SecondWord() == PatternWordIds.None)];
        if (patterns.Count < MinPatternsToNarrow) return;
        _secondWords = [.. _all.Select(c => c.SecondWord()).Where(w => w != PatternWordIds.None).Distinct()];
        _bySecondWord = [.. _secondWords.Select(word =>
            _all.Where(c => c.SecondWord() is var second && (second == PatternWordIds.None || second == word)).ToArray())];
    }

    /// <summary>All the patterns, in order, not narrowed.</summary>
    public PatternCandidate<T>[] All => _all;

    /// <summary>
    /// The patterns that may match from token <paramref name="start"/> (whose norm is their first word), in order;
    /// <paramref name="tokenIds"/> holds the number of each token's norm (<see cref="PatternWordIds"/>).
    /// </summary>
    public PatternCandidate<T>[] For(ReadOnlySpan<int> tokenIds, int start, int endToken)
    {
        if (_secondWords is null) return _all;
        if (start + 1 >= endToken) return _anySecondWord;
        var narrowed = _secondWords.AsSpan().IndexOf(tokenIds[start + 1]);
        return narrowed >= 0 ? _bySecondWord![narrowed] : _anySecondWord;
    }
}
