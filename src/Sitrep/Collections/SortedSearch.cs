namespace Sitrep.Collections;

/// <summary>Binary search over a range sorted by a key: where the items whose key is at least a value begin.</summary>
public static class SortedSearch
{
    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="to"/>) whose key is not below <paramref name="value"/>
    /// (<paramref name="to"/> when none is), for items sorted by <paramref name="keyAt"/> ascending.
    /// </summary>
    public static int FirstAtOrAfter(int from, int to, int value, Func<int, int> keyAt)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (keyAt(mid) < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
