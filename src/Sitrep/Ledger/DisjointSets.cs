namespace Sitrep.Ledger;

/// <summary>Union-find over string keys, with path halving; a set is named by any of its members until read.</summary>
internal sealed class DisjointSets
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    public void Add(string key) => _parent.TryAdd(key, key);

    public string Find(string key)
    {
        while (_parent[key] is var parent && parent != key)
        {
            var grandparent = _parent[parent];
            _parent[key] = grandparent;
            key = grandparent;
        }
        return key;
    }

    public void Union(string a, string b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb) _parent[rb] = ra;
    }

    /// <summary>A snapshot, since <see cref="Find"/> rewrites parents while callers walk the keys.</summary>
    public IReadOnlyList<string> Keys => [.. _parent.Keys];
}
