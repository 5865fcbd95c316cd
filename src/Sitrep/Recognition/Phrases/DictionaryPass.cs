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
    // For a whole first word: every pattern it may start in any dictionary (its own and the prefixes it begins with),
    // in one array by dictionary (Candidates). A word it lacks starts only those of the prefixes it begins with.
    private readonly Dictionary<string, PatternCandidate<(string, string?)>[]> _byFirstWord = new(StringComparer.Ordinal);
    private readonly PrefixNode _prefixes = new("");
    // What the dictionaries have for a token's norm, remembered with each word: every token asks.
    private readonly WordAnswers<FirstWord> _firstWords;

    public DictionaryPass(IReadOnlyList<DictionaryRecognizer> dictionaries)
    {
        _dictionaries = [.. dictionaries];
        if (_dictionaries.Length > 64) throw new ArgumentException("at most 64 dictionaries share a pass", nameof(dictionaries));
        var byFirstWord = new Dictionary<string, PatternCandidate<(string, string?)>[]?[]>(StringComparer.Ordinal);
        for (var d = 0; d < _dictionaries.Length; d++)
        {
            foreach (var (word, patterns) in _dictionaries[d].Matcher.ByFirstWord)
            {
                if (!byFirstWord.TryGetValue(word, out var slots)) byFirstWord[word] = slots = new PatternCandidate<(string, string?)>[]?[_dictionaries.Length];
                slots[d] = patterns.All;
            }
            foreach (var patterns in _dictionaries[d].Matcher.PrefixFirstByLetter.Values)
                foreach (var p in patterns) _prefixes.Add(p.Pattern.Words[0].Folded);
        }
        _prefixes.Fill(_dictionaries);
        foreach (var (word, exact) in byFirstWord) _byFirstWord[word] = Candidates(exact, _prefixes.Deepest(word).Patterns);
        _firstWords = new(FirstWordOf);
    }

    /// <summary>
    /// A first word's patterns in all dictionaries (<see cref="_byFirstWord"/>, <see cref="_prefixes"/>), the dictionaries
    /// that may take it for a misspelt name (bit d for dictionary d), and those that have either for it: a word none has
    /// anything for (most) is passed by, and the others are looked at in those dictionaries only.
    /// </summary>
    /// <param name="Candidates">By dictionary, and in each its whole-word patterns then its prefix ones, in their order:
    /// read from one array, where a token's patterns were an array per dictionary, its narrowing's arrays and its
    /// prefixes' (each a wait on memory in a run, where the pass meets them cold).</param>
    /// <param name="Id">The norm's number (<see cref="PatternWordIds"/>), which the patterns' words are compared with.</param>
    private readonly record struct FirstWord(PatternCandidate<(string, string?)>[]? Candidates, ulong MayMisspell, ulong Dictionaries, int Id);

    private FirstWord FirstWordOf(string norm)
    {
        var candidates = _byFirstWord.GetValueOrDefault(norm) ?? _prefixes.Deepest(norm).Candidates;
        ulong mayMisspell = 0, dictionaries = 0;
        for (var d = 0; d < _dictionaries.Length; d++)
            if (_dictionaries[d].Matcher.MayMisspellAName(norm)) mayMisspell |= 1UL << d;
        foreach (var c in candidates ?? []) dictionaries |= 1UL << c.Dictionary;
        return new FirstWord(candidates, mayMisspell, dictionaries | mayMisspell, PatternWordIds.Of(norm));
    }

    /// <summary>Each dictionary's whole-word patterns, then its prefix ones, tagged with the dictionary (<see cref="FirstWord.Candidates"/>).</summary>
    private static PatternCandidate<(string, string?)>[] Candidates(
        PatternCandidate<(string, string?)>[]?[]? exact, PatternCandidate<(string, string?)>[]?[]? prefixed)
    {
        var dictionaries = Math.Max(exact?.Length ?? 0, prefixed?.Length ?? 0);
        return [.. Enumerable.Range(0, dictionaries).SelectMany(d =>
            (exact?[d] ?? []).Concat(prefixed?[d] ?? []).Select(c => c with { Dictionary = (byte)d }))];
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
            var all = first.Candidates.AsSpan();
            var at = 0;
            // Only the dictionaries that have something for the word, in their order: the mentions keep theirs.
            for (var left = first.Dictionaries; left != 0; left &= left - 1)
            {
                var d = BitOperations.TrailingZeroCount(left);
                var from = at;
                while (at < all.Length && all[at].Dictionary == d) at++;
                if (free[d] > i) continue;
                var mayMisspell = (first.MayMisspell >> d & 1) != 0;
                var match = _dictionaries[d].Matcher.LongestAt(text, tokenIds, i, end, all[from..at], [], mayMisspell);
                if (match.IsNone) continue;
                _dictionaries[d].AddMentions(text, match, found);
                free[d] = match.EndToken;
            }
        }
        ScratchList<int>.Return(numbers);
        return ScratchList<Mention>.CopyOut(found);
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

        /// <summary>Per dictionary, the prefix patterns a word down to this node starts (null where none, or all none).</summary>
        public PatternCandidate<(string, string?)>[]?[]? Patterns { get; private set; }

        /// <summary>The same, for a word no dictionary has whole, as <see cref="FirstWord.Candidates"/>; null where none
        /// (most words: their answer is then the table's default, remembered without allocating).</summary>
        public PatternCandidate<(string, string?)>[]? Candidates { get; private set; }

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
            Candidates = Patterns is null ? null : DictionaryPass.Candidates(null, Patterns);
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
