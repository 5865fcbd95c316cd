namespace Sitrep.Ledger;

/// <summary>Union-find over the indexes 0 to count − 1, with path halving; a set is named by any of its members until read.</summary>
/// <remarks>Indexes, not the events' id strings: one int per event where a string-keyed dictionary was ~4 MB on the 50 MB store.</remarks>
internal sealed class DisjointSets
{
    private readonly int[] _parent;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++) _parent[i] = i;
    }

    public int Find(int key)
    {
        while (_parent[key] is var parent && parent != key)
        {
            var grandparent = _parent[parent];
            _parent[key] = grandparent;
            key = grandparent;
        }
        return key;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb) _parent[rb] = ra;
    }
}
