namespace Sitrep.Recognition.Phrases;

/// <summary>
/// A pattern as a list of candidates holds it: the pattern, and for a short one made of plain words only (no prefix,
/// gap or acronym) the numbers of its words after the first (<see cref="PatternWordIds"/>), so that it is tried on the
/// tokens' numbers without reading the pattern or its words; for any pattern, the number its second token must have, so
/// that a list of every pattern a first word starts is narrowed by the next token as it is read.
/// </summary>
/// <remarks>
/// In a run the dictionary pass meets its patterns cold (the other steps ran since): reading a candidate's pattern, then
/// its words, were two more waits on memory for each of the ~400 candidates an article tries, most of them plain.
/// </remarks>
internal readonly struct PatternCandidate<T>
{
    // Patterns of up to this many words are plain candidates when all their words are plain.
    private const int MaxPlainWords = 4;
    private const int NotPlain = -1;

    // The number of words of a plain candidate, else NotPlain (a byte, with Dictionary, keeps a candidate in 24 bytes);
    // then the numbers of its words 2 to 4 (None past its end), the second one for any pattern (SecondWord).
    private readonly sbyte _plainWords;
    private readonly int _second;
    private readonly int _third;
    private readonly int _fourth;

    public PatternCandidate(PhrasePattern<T> pattern)
    {
        Pattern = pattern;
        var words = pattern.Words;
        _second = SecondWord(words);
        var plain = words.Length is > 0 and <= MaxPlainWords
            && Array.TrueForAll(words, w => w is { IsPrefix: false, IsGap: false, ExactSurface: null });
        _plainWords = (sbyte)(plain ? words.Length : NotPlain);
        if (!plain) return;
        _third = words.Length > 2 ? words[2].Id : PatternWordIds.None;
        _fourth = words.Length > 3 ? words[3].Id : PatternWordIds.None;
    }

    public PhrasePattern<T> Pattern { get; }

    /// <summary>The index of the dictionary the pattern is from, where one list holds several's (<see cref="DictionaryPass"/>).</summary>
    public byte Dictionary { get; init; }

    /// <summary>
    /// The number of the norm the token after the first must have for the pattern to match, or none when any token may
    /// follow: a one-word pattern, a prefix or gap second word, or a gap first word (which may take more than one token).
    /// </summary>
    public int SecondWord() => _second;

    /// <summary>Whether the token after <paramref name="start"/> may be the pattern's second (<see cref="SecondWord()"/>).</summary>
    public bool MayFollow(ReadOnlySpan<int> tokenIds, int start, int endToken) =>
        _second == PatternWordIds.None || (start + 1 < endToken && tokenIds[start + 1] == _second);

    /// <summary>Whether the pattern is plain words only, few enough to be tried from the candidate alone (<see cref="PlainEnd"/>).</summary>
    public bool IsPlain => _plainWords != NotPlain;

    /// <summary>
    /// Where a plain candidate matched from token <paramref name="start"/> ends, or -1, given that the token's norm is its
    /// first word; <paramref name="tokenIds"/> holds the number of each token's norm.
    /// </summary>
    public int PlainEnd(ReadOnlySpan<int> tokenIds, int start, int endToken)
    {
        var end = start + _plainWords;
        if (end > endToken) return -1;
        return _plainWords switch
        {
            1 => end,
            2 => tokenIds[start + 1] == _second ? end : -1,
            3 => tokenIds[start + 1] == _second && tokenIds[start + 2] == _third ? end : -1,
            _ => tokenIds[start + 1] == _second && tokenIds[start + 2] == _third && tokenIds[start + 3] == _fourth ? end : -1,
        };
    }

    private static int SecondWord(PatternWord[] words) =>
        words.Length < 2 || words[0].IsGap || words[0].IsPrefix ? PatternWordIds.None : words[1].Id;

    /// <summary>The candidates of <paramref name="patterns"/>, in their order.</summary>
    public static PatternCandidate<T>[] Of(IEnumerable<PhrasePattern<T>> patterns) => [.. patterns.Select(p => new PatternCandidate<T>(p))];
}
