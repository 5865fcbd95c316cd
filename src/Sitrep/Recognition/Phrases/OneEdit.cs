namespace Sitrep.Recognition.Phrases;

/// <summary>Whether two words differ by at most one typing slip: a letter missing, added, changed, or two neighbours swapped.</summary>
public static class OneEdit
{
    public static bool Apart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        // Past their common start, the first letter that differs must be the one slip.
        var same = a.CommonPrefixLength(b);
        var restA = a[same..];
        var restB = b[same..];
        if (restA.Length == 0 || restB.Length == 0) return true;
        if (restA.Length > restB.Length) return restA[1..].SequenceEqual(restB);
        if (restB.Length > restA.Length) return restB[1..].SequenceEqual(restA);
        return restA[1..].SequenceEqual(restB[1..])
               || restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]);
    }
}
