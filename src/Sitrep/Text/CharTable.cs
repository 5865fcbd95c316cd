namespace Sitrep.Text;

/// <summary>
/// A map from characters to values that does not change, for the letter trees walked at every token: when its keys
/// lie close together (letters), a table indexed by the character less the lowest key, which costs less to read than
/// a hash lookup per character; else the dictionary itself.
/// </summary>
public sealed class CharTable<T> where T : class
{
    // Keys spread wider than this (a letter and a typographic quote) keep their dictionary rather than a mostly empty table.
    private const int MaxTableLength = 256;

    private readonly char _lowest;
    private readonly T?[]? _table;
    private readonly Dictionary<char, T>? _spread;

    public CharTable(IReadOnlyDictionary<char, T> values)
    {
        if (values.Count == 0)
        {
            _table = [];
            return;
        }
        _lowest = values.Keys.Min();
        var length = values.Keys.Max() - _lowest + 1;
        if (length > MaxTableLength)
        {
            _spread = values.ToDictionary();
            return;
        }
        _table = new T?[length];
        foreach (var (c, value) in values) _table[c - _lowest] = value;
    }

    /// <summary>The value of a character, or null when it has none.</summary>
    public T? this[char c]
    {
        get
        {
            if (_table is null) return _spread!.GetValueOrDefault(c);
            var slot = c - _lowest;
            return (uint)slot < (uint)_table.Length ? _table[slot] : null;
        }
    }
}
