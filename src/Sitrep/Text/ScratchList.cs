namespace Sitrep.Text;

/// <summary>
/// One list a thread (and element type) to build a result in, then copied out at its exact size: a list grown by
/// doubling, or sized by a guess, leaves part of its array unused (the segmenter's tokens and sentences left ~1.4 KB of
/// an article's 11.6 KB so, and an article with more tokens than guessed copied them all once more).
/// </summary>
internal static class ScratchList<T>
{
    // A list grown past this by a very long text is dropped after use, not kept for the thread's life.
    internal const int MaxKeptCapacity = 1 << 14;

    [ThreadStatic] private static List<T>? t_list;

    /// <summary>The thread's list, empty. Hand it back with <see cref="CopyOut"/> or <see cref="Return"/>; a nested caller gets a new one meanwhile.</summary>
    public static List<T> Take()
    {
        var list = t_list ?? [];
        t_list = null;
        list.Clear();
        return list;
    }

    /// <summary>A copy of <paramref name="list"/> exactly as long as it is; the list goes back to the thread.</summary>
    public static List<T> CopyOut(List<T> list)
    {
        var copy = new List<T>(list);
        Return(list);
        return copy;
    }

    /// <summary>Gives the list back to the thread, when what was built in it is no longer needed.</summary>
    public static void Return(List<T> list)
    {
        if (list.Capacity <= MaxKeptCapacity) t_list = list;
    }
}
