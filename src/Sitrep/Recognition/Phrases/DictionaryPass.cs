using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// Several dictionary recognizers (actors, sources, triggers, cues) in one walk over the tokens: each token's first word
/// is looked up once in an index shared by all of them, instead of once per dictionary. Each dictionary still matches
/// as it does alone (longest first, left to right, no overlaps within it), so the mentions are those of its own
/// <see cref="DictionaryRecognizer.Recognize"/>, in the same order within each kind. Built once; immutable and thread-safe.
/// </summary>
public sealed class DictionaryPass : IRecognizer
{
    private readonly DictionaryRecognizer[] _dictionaries;
    // For a first word, or for the first letter of a prefix first word: each dictionary's patterns (null where it has none).
    private readonly Dictionary<string, List<PhrasePattern<(string, string?)>>?[]> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<PhrasePattern<(string, string?)>>?[]> _prefixFirstByLetter = [];
    private readonly bool[] _tolerant;

    public DictionaryPass(IReadOnlyList<DictionaryRecognizer> dictionaries)
    {
        _dictionaries = [.. dictionaries];
        _tolerant = _dictionaries.Select(d => d.Matcher.HasTolerantNames).ToArray();
        for (var d = 0; d < _dictionaries.Length; d++)
        {
            foreach (var (word, patterns) in _dictionaries[d].Matcher.ByFirstWord) Slots(_byFirstWord, word)[d] = patterns;
            foreach (var (letter, patterns) in _dictionaries[d].Matcher.PrefixFirstByLetter) Slots(_prefixFirstByLetter, letter)[d] = patterns;
        }
    }

    public IReadOnlyList<DictionaryRecognizer> Dictionaries => _dictionaries;

    public IEnumerable<Mention> Recognize(AnalyzedText text)
    {
        var found = new List<Mention>();
        var end = text.Tokens.Count;
        // The first token each dictionary may match from: a match covers its tokens for its own dictionary only.
        Span<int> free = stackalloc int[_dictionaries.Length];
        for (var i = 0; i < end; i++)
        {
            var norm = text.Norm(i);
            var exact = _byFirstWord.GetValueOrDefault(norm);
            var prefixed = norm.Length > 0 ? _prefixFirstByLetter.GetValueOrDefault(norm[0]) : null;
            for (var d = 0; d < _dictionaries.Length; d++)
            {
                if (free[d] > i) continue;
                var (candidates, prefixes) = (exact?[d], prefixed?[d]);
                if (candidates is null && prefixes is null && !_tolerant[d]) continue;
                if (_dictionaries[d].Matcher.LongestAt(text, i, end, candidates, prefixes) is not { } match) continue;
                _dictionaries[d].AddMentions(text, match, found);
                free[d] = match.EndToken;
            }
        }
        return found;
    }

    private List<PhrasePattern<(string, string?)>>?[] Slots<TKey>(Dictionary<TKey, List<PhrasePattern<(string, string?)>>?[]> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var slots)) index[key] = slots = new List<PhrasePattern<(string, string?)>>?[_dictionaries.Length];
        return slots;
    }
}
