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
    }

    /// <summary>
    /// The longest abbreviation that <paramref name="text"/> holds from <paramref name="start"/>, and that does not
    /// stop in the middle of a word ("Mme" must not match inside "Mmes" unless "Mmes" is listed); null if none.
    /// </summary>
    public Abbreviation? MatchAt(string text, int start, CharClasses chars)
    {
        Abbreviation? best = null;
        var node = _root;
        for (var i = start; i < text.Length && node.Children is not null && node.Children.TryGetValue(text[i], out node); i++)
        {
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
            if (node.Children is null || !node.Children.TryGetValue(c, out node))
                return null;
        return node.Entry;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public Abbreviation? Entry;
    }
}
