namespace Sitrep.Text;

/// <summary>Finds the longest listed abbreviation starting at a position, walking a character trie (no allocation per lookup).</summary>
internal sealed class AbbreviationMatcher
{
    // Offsets of a form's first stop past this one share the mask's last bit.
    private const int LastOffset = 63;

    private readonly Node _root = new();
    private readonly CharClasses _chars;
    // Where each form first has a character that is not plain (CharClasses.IsPlainWordChar: "M." and "n°" at 1, "janv."
    // at 4): those characters once each, and for each the offsets (bit j) at which a form has it first. Null when some
    // form is plain throughout: then no start is ruled out before the walk.
    private readonly string? _stops;
    private readonly ulong[] _stopOffsets = [];

    public AbbreviationMatcher(IEnumerable<Abbreviation> abbreviations, CharClasses chars)
    {
        _chars = chars;
        var stops = new Dictionary<char, ulong>();
        var everyFormStops = true;
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
            var stop = FirstStop(abbreviation.Form);
            if (stop < 0) everyFormStops = false;
            else stops[abbreviation.Form[stop]] = stops.GetValueOrDefault(abbreviation.Form[stop]) | 1UL << Math.Min(stop, LastOffset);
        }
        _root.Freeze();
        if (!everyFormStops) return;
        var byStop = stops.ToArray();
        _stops = new string(byStop.Select(s => s.Key).ToArray());
        _stopOffsets = [.. byStop.Select(s => s.Value)];
    }

    /// <summary>
    /// Whether an abbreviation may start at <paramref name="start"/>, where the first character from there that is not
    /// plain is at <paramref name="stop"/> (the text's length if none). A form matching there has its own first such
    /// character at that offset, so a start that no form's stop fits is ruled out without walking the letter tree:
    /// false means <see cref="MatchAt"/> finds nothing; true leaves it to say.
    /// </summary>
    public bool MayMatchAt(string text, int start, int stop)
    {
        if (_stops is null) return true;
        if (stop == text.Length) return false;
        var k = _stops.IndexOf(text[stop]);
        return k >= 0 && (_stopOffsets[k] >> Math.Min(stop - start, LastOffset) & 1) != 0;
    }

    /// <summary>
    /// The longest abbreviation that <paramref name="text"/> holds from <paramref name="start"/>, and that does not
    /// stop in the middle of a word ("Mme" must not match inside "Mmes" unless "Mmes" is listed); null if none.
    /// </summary>
    public Abbreviation? MatchAt(string text, int start)
    {
        Abbreviation? best = null;
        var node = _root;
        for (var i = start; i < text.Length && node.ByChar[text[i]] is { } child; i++)
        {
            node = child;
            if (node.Entry is { } entry && (!_chars.IsWordChar(text[i]) || !_chars.IsWordCharAt(text, i + 1)))
                best = entry;
        }
        return best;
    }

    private int FirstStop(string form)
    {
        for (var i = 0; i < form.Length; i++)
            if (!_chars.IsPlainWordChar(form[i])) return i;
        return -1;
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
