namespace Sitrep.Collections;

/// <summary>
/// Sorts numbers that come as a few ascending runs by merging the runs, two by two, until one is left: a text's mentions
/// are each recognizer's in text order one after the other, four runs that two passes merge, where a sort of the whole
/// compared and swapped its way through every number (<see cref="Pipeline.InCodingOrder"/>). Any input is sorted;
/// one in many short runs takes more passes, as a merge sort does.
/// </summary>
public static class RunMerge
{
    /// <summary>Sorts <paramref name="numbers"/> ascending, with <paramref name="scratch"/> (as long) as room to merge
    /// into; returns whichever of the two holds the result.</summary>
    public static Span<ulong> Sort(Span<ulong> numbers, Span<ulong> scratch)
    {
        if (scratch.Length != numbers.Length) throw new ArgumentException("the room to merge into is as long as the numbers", nameof(scratch));
        var from = numbers;
        var to = scratch;
        while (RunEnd(from, 0) < from.Length)
        {
            for (var start = 0; start < from.Length;)
            {
                var middle = RunEnd(from, start);
                var end = middle == from.Length ? middle : RunEnd(from, middle);
                Merge(from[start..middle], from[middle..end], to[start..end]);
                start = end;
            }
            var merged = to;
            to = from;
            from = merged;
        }
        return from;
    }

    /// <summary>One past the last number of the ascending run that starts at <paramref name="start"/>.</summary>
    private static int RunEnd(ReadOnlySpan<ulong> numbers, int start)
    {
        var end = start + 1;
        while (end < numbers.Length && numbers[end - 1] <= numbers[end]) end++;
        return end;
    }

    /// <summary>Merges two ascending runs into <paramref name="into"/>; of two equal numbers, <paramref name="left"/>'s first.</summary>
    private static void Merge(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right, Span<ulong> into)
    {
        int l = 0, r = 0, k = 0;
        while (l < left.Length && r < right.Length)
            into[k++] = right[r] < left[l] ? right[r++] : left[l++];
        left[l..].CopyTo(into[k..]);
        right[r..].CopyTo(into[(k + left.Length - l)..]);
    }
}
