using Sitrep.Text;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// Finds dictionary phrases in token sequences: longest match first, left to right, no overlaps.
/// Patterns are indexed by their first word (exact words in a hash table, prefix words by their first letter)
/// so that each token costs one or two lookups and allocates nothing unless a pattern matches. With a
/// <see cref="NameTolerance"/>, a token that starts no match may still match a long name it misspells by one slip.
/// Built once; immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, FirstWordPatterns<T>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, PatternCandidate<T>[]> _prefixFirstByLetter = [];
    private readonly List<PhrasePattern<T>> _tolerantNames = [];
    // The lengths of the tolerant names' words: a token one slip from one of them is at most one letter shorter or longer.
    private readonly int _shortestTolerant = int.MaxValue;
    private readonly int _longestTolerant = int.MinValue;

    public PhraseMatcher(IEnumerable<PhrasePattern<T>> patterns, NameTolerance? tolerance = null)
    {
        var byFirstWord = new Dictionary<string, List<PhrasePattern<T>>>(StringComparer.Ordinal);
        var prefixFirstByLetter = new Dictionary<char, List<PhrasePattern<T>>>();
        foreach (var p in patterns)
        {
            if (p.Words.Length == 0) continue;
            if (tolerance?.Admits(p) == true)
            {
                _tolerantNames.Add(p);
                _shortestTolerant = Math.Min(_shortestTolerant, p.Words[0].Folded.Length);
                _longestTolerant = Math.Max(_longestTolerant, p.Words[0].Folded.Length);
            }
            var first = p.Words[0];
            if (first.IsPrefix)
            {
                // A prefix can only match a token that starts with its first letter (prefixes are never empty).
                if (!prefixFirstByLetter.TryGetValue(first.Folded[0], out var list)) prefixFirstByLetter[first.Folded[0]] = list = [];
                list.Add(p);
            }
            else
            {
                if (!byFirstWord.TryGetValue(first.Folded, out var list)) byFirstWord[first.Folded] = list = [];
                list.Add(p);
            }
        }
        foreach (var (word, list) in byFirstWord) _byFirstWord[word] = new FirstWordPatterns<T>(list);
        foreach (var (letter, list) in prefixFirstByLetter) _prefixFirstByLetter[letter] = PatternCandidate<T>.Of(list);
    }

    public IEnumerable<PhraseMatch<T>> Matches(AnalyzedText text) => Matches(text, 0, text.Tokens.Count);

    public IEnumerable<PhraseMatch<T>> Matches(AnalyzedText text, int firstToken, int endToken)
    {
        foreach (var found in Found(text, firstToken, endToken)) yield return found.ToMatch();
    }

    /// <summary>As <see cref="Matches(AnalyzedText, int, int)"/>, each match as found, without a list of its patterns.</summary>
    internal IEnumerable<FoundPhrase<T>> Found(AnalyzedText text, int firstToken, int endToken)
    {
        var tokenIds = new int[endToken];
        for (var t = firstToken; t < endToken; t++) tokenIds[t] = PatternWordIds.Of(text.Norm(t));
        var i = firstToken;
        while (i < endToken)
        {
            var match = LongestAt(text, tokenIds, i, endToken);
            if (match.IsNone) { i++; continue; }
            yield return match;
            i = match.EndToken;
        }
    }

    /// <summary>The patterns whose first word is a whole word, by that word.</summary>
    internal IReadOnlyDictionary<string, FirstWordPatterns<T>> ByFirstWord => _byFirstWord;

    /// <summary>The patterns whose first word is a prefix ("bombard*"), by its first letter.</summary>
    internal IReadOnlyDictionary<char, PatternCandidate<T>[]> PrefixFirstByLetter => _prefixFirstByLetter;

    /// <summary>Whether a token with this norm that starts no pattern may still be a misspelt name (by its length alone).</summary>
    internal bool MayMisspellAName(string norm) => norm.Length >= _shortestTolerant - 1 && norm.Length <= _longestTolerant + 1;

    private FoundPhrase<T> LongestAt(AnalyzedText text, ReadOnlySpan<int> tokenIds, int start, int endToken)
    {
        var norm = text.Norm(start);
        return LongestAt(text, tokenIds, start, endToken, _byFirstWord.GetValueOrDefault(norm)?.For(tokenIds, start, endToken),
            norm.Length > 0 ? _prefixFirstByLetter.GetValueOrDefault(norm[0]) : null, MayMisspellAName(norm));
    }

    /// <summary>
    /// The longest match from token <paramref name="start"/> among the patterns its first word selects (looked up by the
    /// caller: <see cref="ByFirstWord"/> of its norm, whose first word must be that norm, and <see cref="PrefixFirstByLetter"/>
    /// of its first letter; those whose second word is not the next token's are passed by), else a near miss when the
    /// token <paramref name="mayMisspell"/> a name (<see cref="MayMisspellAName"/>); <see cref="FoundPhrase{T}.IsNone"/>
    /// when there is neither. <paramref name="tokenIds"/> holds the number of each token's norm (<see cref="PatternWordIds"/>).
    /// </summary>
    internal FoundPhrase<T> LongestAt(AnalyzedText text, ReadOnlySpan<int> tokenIds, int start, int endToken,
        ReadOnlySpan<PatternCandidate<T>> candidates, ReadOnlySpan<PatternCandidate<T>> prefixed, bool mayMisspell)
    {
        var best = new Longest();
        Consider(text, tokenIds, start, endToken, candidates, ref best);
        Consider(text, tokenIds, start, endToken, prefixed, ref best);
        if (best.First is not null) return new FoundPhrase<T>(start, start + best.Length, best.First, best.Ties);
        // Only a capitalised token may misspell a name: most tokens are not, and are not compared with every name.
        if (!mayMisspell || !NameTolerance.IsCapitalised(text, start)) return default;
        List<PhrasePattern<T>>? near = null;
        foreach (var p in _tolerantNames)
            if (NameTolerance.NearMiss(text, start, p.Words[0].Folded)) (near ??= []).Add(p);
        return near is null ? default : new FoundPhrase<T>(start, start + 1, near[0], near, NearMiss: true);
    }

    /// <summary>
    /// Keeps the patterns, in order, that match longest from <paramref name="start"/>. A plain first word is the token's
    /// norm (the candidates were chosen by it): it is not compared again, and a plain candidate is tried on the tokens'
    /// numbers alone (<see cref="PatternCandidate{T}.PlainEnd"/>). A prefix or gap first word is matched from the token.
    /// </summary>
    private static void Consider(AnalyzedText text, ReadOnlySpan<int> tokenIds, int start, int endToken,
        ReadOnlySpan<PatternCandidate<T>> candidates, ref Longest best)
    {
        foreach (ref readonly var candidate in candidates)
        {
            if (!candidate.MayFollow(tokenIds, start, endToken)) continue;
            var p = candidate.Pattern;
            var end = candidate.IsPlain ? candidate.PlainEnd(tokenIds, start, endToken)
                : p.StartsWithPlainWord ? MatchFrom(text, tokenIds, p.Words, 1, start + 1, endToken)
                : MatchFrom(text, tokenIds, p.Words, 0, start, endToken);
            if (end < 0) continue;
            var n = end - start;
            if (n > best.Length) best = new Longest(n, p, null);
            else if (n == best.Length) (best.Ties ??= [best.First!]).Add(p);
        }
    }

    /// <summary>
    /// The longest matches so far: their length, the first of them, and all of them once a second one ties. A match
    /// is most often one pattern, and a list made for every longer match found was most of what matching allocated.
    /// </summary>
    private record struct Longest(int Length, PhrasePattern<T>? First, List<PhrasePattern<T>>? Ties);

    /// <summary>Where pattern words [k..] matched from token <paramref name="at"/> end, or -1; a gap takes as few words as it can.</summary>
    /// <remarks>Plain words are read in a loop, a token each; only a gap recurses, once per length it tries: nearly every
    /// token of a text tries a pattern or two, and a call per word was much of what trying one cost.</remarks>
    private static int MatchFrom(AnalyzedText text, ReadOnlySpan<int> tokenIds, PatternWord[] words, int k, int at, int endToken)
    {
        for (; k < words.Length; k++, at++)
        {
            var word = words[k];
            if (word.IsGap)
            {
                for (var skip = 0; skip <= PatternWord.MaxGap && at + skip <= endToken; skip++)
                {
                    var end = MatchFrom(text, tokenIds, words, k + 1, at + skip, endToken);
                    if (end >= 0) return end;
                }
                return -1;
            }
            if (at >= endToken || !word.Matches(text, at, tokenIds[at])) return -1;
        }
        return at;
    }
}
