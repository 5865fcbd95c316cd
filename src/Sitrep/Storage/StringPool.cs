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

    public IReadOnlyList<string> Of(IReadOnlyList<string> values) => values.Count == 0 ? [] : values.Select(Of).ToArray();
}
