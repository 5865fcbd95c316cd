using System.Numerics;
using System.Runtime.InteropServices;
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
    private readonly Dictionary<string, FirstWordPatterns<(string, string?)>?[]> _byFirstWord = new(StringComparer.Ordinal);
    private readonly PrefixNode _prefixes = new("");
    // What the dictionaries have for a token's norm, remembered with each word: every token asks.
    private readonly WordAnswers<FirstWord> _firstWords;

    public DictionaryPass(IReadOnlyList<DictionaryRecognizer> dictionaries)
    {
        _dictionaries = [.. dictionaries];
        for (var d = 0; d < _dictionaries.Length; d++)
        {
            foreach (var (word, patterns) in _dictionaries[d].Matcher.ByFirstWord) Slots(word)[d] = patterns;
            foreach (var patterns in _dictionaries[d].Matcher.PrefixFirstByLetter.Values)
                foreach (var p in patterns) _prefixes.Add(p.Pattern.Words[0].Folded);
        }
        _prefixes.Fill(_dictionaries);
        if (_dictionaries.Length > 64) throw new ArgumentException("at most 64 dictionaries share a pass", nameof(dictionaries));
        _firstWords = new(FirstWordOf);
    }

    /// <summary>
    /// A first word's patterns in each dictionary (<see cref="_byFirstWord"/>, <see cref="_prefixes"/>), the dictionaries
    /// that may take it for a misspelt name (bit d for dictionary d), and those that have either for it: a word none has
    /// anything for (most) is passed by, and the others are looked at in those dictionaries only.
    /// </summary>
    /// <param name="Id">The norm's number (<see cref="PatternWordIds"/>), which the patterns' words are compared with.</param>
    private readonly record struct FirstWord(
        FirstWordPatterns<(string, string?)>?[]? Exact, PatternCandidate<(string, string?)>[]?[]? Prefixed, ulong MayMisspell, ulong Dictionaries,
        int Id);

    private FirstWord FirstWordOf(string norm)
    {
        var (exact, prefixed) = (_byFirstWord.GetValueOrDefault(norm), _prefixes.Deepest(norm).Patterns);
        ulong mayMisspell = 0, dictionaries = 0;
        for (var d = 0; d < _dictionaries.Length; d++)
        {
            if (_dictionaries[d].Matcher.MayMisspellAName(norm)) mayMisspell |= 1UL << d;
            if (exact?[d] is not null || prefixed?[d] is not null || (mayMisspell >> d & 1) != 0) dictionaries |= 1UL << d;
        }
        return new FirstWord(exact, prefixed, mayMisspell, dictionaries, PatternWordIds.Of(norm));
    }

    public IReadOnlyList<DictionaryRecognizer> Dictionaries => _dictionaries;

    public IEnumerable<Mention> Recognize(AnalyzedText text)
    {
        // Built in the thread's list and copied out at its size: grown by doubling, it left ~2 KB an article unused.
        var found = ScratchList<Mention>.Take();
        var end = text.Tokens.Count;
        // The tokens' numbers read first: the matching below compares them with its patterns' words, not the norms.
        var numbers = ScratchList<int>.Take();
        CollectionsMarshal.SetCount(numbers, end);
        var tokenIds = CollectionsMarshal.AsSpan(numbers);
        for (var i = 0; i < end; i++) tokenIds[i] = _firstWords.Of(text.Word(i)).Id;
        // The first token each dictionary may match from: a match covers its tokens for its own dictionary only.
        Span<int> free = stackalloc int[_dictionaries.Length];
        for (var i = 0; i < end; i++)
        {
            var first = _firstWords.Of(text.Word(i));
            // Only the dictionaries that have something for the word, in their order: the mentions keep theirs.
            for (var left = first.Dictionaries; left != 0; left &= left - 1)
            {
                var d = BitOperations.TrailingZeroCount(left);
                if (free[d] > i) continue;
                var (candidates, prefixes, mayMisspell) = (first.Exact?[d]?.For(tokenIds, i, end), first.Prefixed?[d], (first.MayMisspell >> d & 1) != 0);
                // The next token narrows most common first words ("de", ",", "l'") to no pattern at all.
                if (candidates is null or [] && prefixes is null && !mayMisspell) continue;
                var match = _dictionaries[d].Matcher.LongestAt(text, tokenIds, i, end, candidates, prefixes, mayMisspell);
                if (match.IsNone) continue;
                _dictionaries[d].AddMentions(text, match, found);
                free[d] = match.EndToken;
            }
        }
        ScratchList<int>.Return(numbers);
        return ScratchList<Mention>.CopyOut(found);
    }

    private FirstWordPatterns<(string, string?)>?[] Slots(string word)
    {
        if (!_byFirstWord.TryGetValue(word, out var slots)) _byFirstWord[word] = slots = new FirstWordPatterns<(string, string?)>?[_dictionaries.Length];
        return slots;
    }

    /// <summary>
    /// A letter tree of the prefix first words ("bombard*", "detrui*"). Each node holds, per dictionary and in the
    /// dictionary's order, the patterns whose first word is a prefix of the node's path: walking a token's norm down as
    /// far as the tree goes gives exactly the prefix patterns its first word matches, where a bucket by first letter
    /// made every "de" and "des" try every pattern starting with 'd'.
    /// </summary>
    private sealed class PrefixNode(string path)
    {
        private readonly Dictionary<char, PrefixNode> _children = [];
        // The children again, made by Fill for the walk at every token.
        private CharTable<PrefixNode> _byChar = new(new Dictionary<char, PrefixNode>());

        private string Path { get; } = path;

        public PatternCandidate<(string, string?)>[]?[]? Patterns { get; private set; }

        public void Add(string word)
        {
            var node = this;
            foreach (var c in word)
            {
                if (!node._children.TryGetValue(c, out var child)) node._children[c] = child = new PrefixNode(node.Path + c);
                node = child;
            }
        }

        public void Fill(DictionaryRecognizer[] dictionaries)
        {
            var lists = dictionaries.Select(d => Path.Length == 0 ? null
                : d.Matcher.PrefixFirstByLetter.GetValueOrDefault(Path[0])?.Where(p => Path.StartsWith(p.Pattern.Words[0].Folded, StringComparison.Ordinal)).ToArray())
                .Select(l => l is { Length: > 0 } ? l : null).ToArray();
            Patterns = lists.Any(l => l is not null) ? lists : null;
            _byChar = new CharTable<PrefixNode>(_children);
            foreach (var child in _children.Values) child.Fill(dictionaries);
        }

        /// <summary>The node of the longest beginning of <paramref name="norm"/> that the tree holds.</summary>
        public PrefixNode Deepest(string norm)
        {
            var node = this;
            foreach (var c in norm)
            {
                if (node._byChar[c] is not { } child) break;
                node = child;
            }
            return node;
        }
    }
}
