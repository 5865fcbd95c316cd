using Sitrep.Text;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// Finds dictionary phrases in token sequences: longest match first, left to right, no overlaps.
/// Patterns are indexed by their first word (exact words in a hash table, prefix words in a short list)
/// so that each token costs one lookup. Built once; immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<PhrasePattern<T>>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<PhrasePattern<T>> _prefixFirst = [];

    public PhraseMatcher(IEnumerable<PhrasePattern<T>> patterns)
    {
        foreach (var p in patterns)
        {
            if (p.Words.Count == 0) continue;
            var first = p.Words[0];
            if (first.IsPrefix) _prefixFirst.Add(p);
            else
            {
                if (!_byFirstWord.TryGetValue(first.Folded, out var list)) _byFirstWord[first.Folded] = list = [];
                list.Add(p);
            }
        }
    }

    public IEnumerable<PhraseMatch<T>> Matches(AnalyzedText text) => Matches(text, 0, text.Tokens.Count);

    public IEnumerable<PhraseMatch<T>> Matches(AnalyzedText text, int firstToken, int endToken)
    {
        var i = firstToken;
        while (i < endToken)
        {
            var match = LongestAt(text, i, endToken);
            if (match is null) { i++; continue; }
            yield return match;
            i = match.EndToken;
        }
    }

    private PhraseMatch<T>? LongestAt(AnalyzedText text, int start, int endToken)
    {
        var bestLength = 0;
        List<PhrasePattern<T>>? best = null;
        void Consider(PhrasePattern<T> p)
        {
            var end = MatchFrom(text, p.Words, 0, start, endToken);
            if (end < 0) return;
            var n = end - start;
            if (n > bestLength) { bestLength = n; best = [p]; }
            else if (n == bestLength) best!.Add(p);
        }
        if (_byFirstWord.TryGetValue(text.Norm(start), out var candidates))
            foreach (var p in candidates) Consider(p);
        foreach (var p in _prefixFirst) Consider(p);
        return best is null ? null : new PhraseMatch<T>(start, start + bestLength, best);
    }

    /// <summary>Where pattern words [k..] matched from token <paramref name="at"/> end, or -1; a gap takes as few words as it can.</summary>
    private static int MatchFrom(AnalyzedText text, IReadOnlyList<PatternWord> words, int k, int at, int endToken)
    {
        if (k == words.Count) return at;
        var word = words[k];
        if (word.IsGap)
        {
            for (var skip = 0; skip <= PatternWord.MaxGap && at + skip <= endToken; skip++)
            {
                var end = MatchFrom(text, words, k + 1, at + skip, endToken);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (at >= endToken || !word.Matches(text.Norm(at), text.Surface(at))) return -1;
        return MatchFrom(text, words, k + 1, at + 1, endToken);
    }
}
