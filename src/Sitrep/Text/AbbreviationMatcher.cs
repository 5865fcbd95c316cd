namespace Sitrep.Text;

/// <summary>Finds the longest listed abbreviation starting at a position, walking a character trie (no allocation per lookup).</summary>
internal sealed class AbbreviationMatcher
{
    private readonly Node _root = new();

    public AbbreviationMatcher(IEnumerable<Abbreviation> abbreviations)
    {
        foreach (var abbreviation in abbreviations)
        {
            var node = _root;
            foreach (var c in abbreviation.Form)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var child))
                    node.Children[c] = child = new Node();
                node = child;
            }
            node.Entry = abbreviation;
        }
        _root.Freeze();
    }

    /// <summary>
    /// The longest abbreviation that <paramref name="text"/> holds from <paramref name="start"/>, and that does not
    /// stop in the middle of a word ("Mme" must not match inside "Mmes" unless "Mmes" is listed); null if none.
    /// </summary>
    public Abbreviation? MatchAt(string text, int start, CharClasses chars)
    {
        Abbreviation? best = null;
        var node = _root;
        for (var i = start; i < text.Length && node.ByChar[text[i]] is { } child; i++)
        {
            node = child;
            if (node.Entry is { } entry && (!chars.IsWordChar(text[i]) || !chars.IsWordCharAt(text, i + 1)))
                best = entry;
        }
        return best;
    }

    /// <summary>The abbreviation written exactly as <paramref name="token"/>, or null.</summary>
    public Abbreviation? Exactly(ReadOnlySpan<char> token)
    {
        var node = _root;
        foreach (var c in token)
        {
            if (node.ByChar[c] is not { } child) return null;
            node = child;
        }
        return node.Entry;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public Abbreviation? Entry;
        // The children again, made once all are added: the tokenizer asks at the start of every word.
        public CharTable<Node> ByChar = Empty;

        private static readonly CharTable<Node> Empty = new(new Dictionary<char, Node>());

        public void Freeze()
        {
            if (Children is null) return;
            ByChar = new CharTable<Node>(Children);
            foreach (var child in Children.Values) child.Freeze();
        }
    }
}
