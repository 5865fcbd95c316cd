namespace Sitrep.Storage;

/// <summary>
/// One instance of each distinct string read, for the values a read repeats row after row (document ids, types, actors,
/// places): kept by every row, each copy would otherwise stay in memory as long as the rows.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string Of(string value)
    {
        if (_strings.TryGetValue(value, out var pooled)) return pooled;
        _strings.Add(value);
        return value;
    }

    public string? OfNullable(string? value) => value is null ? null : Of(value);

    private readonly HashSet<IReadOnlyList<string>> _lists = new(new SameStrings());

    /// <summary>One instance of each distinct list too: rows repeat a few source chains ("SOHR", "AFP") a hundred thousand times.</summary>
    public IReadOnlyList<string> Of(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return [];
        if (_lists.TryGetValue(values, out var pooled)) return pooled;
        var list = values.Select(Of).ToArray();
        _lists.Add(list);
        return list;
    }

    private sealed class SameStrings : IEqualityComparer<IReadOnlyList<string>>
    {
        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
            x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(IReadOnlyList<string> list)
        {
            var hash = new HashCode();
            foreach (var s in list) hash.Add(s, StringComparer.Ordinal);
            return hash.ToHashCode();
        }
    }
}
