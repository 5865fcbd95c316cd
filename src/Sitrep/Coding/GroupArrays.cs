using System.Buffers;

namespace Sitrep.Coding;

/// <summary>
/// The arrays a document's mentions are grouped in (<see cref="SentenceMentions"/>): the end of a run per sentence and
/// kind, the mentions in their runs, and a scratch array to place them through. Every document needs them (~2.5 KB an
/// article), for as long as it is coded only: what the coder hands out keeps none of it (events, claims and labels keep
/// strings, spans and places). So the coder rents them, and gives them back when it is done: the slots from the shared
/// pool, the mentions' two arrays from the thread's own (the shared pool's code for an array of values is compiled at run
/// time, for each process, where this is compiled ahead of it).
/// </summary>
public readonly struct GroupArrays : IDisposable
{
    [ThreadStatic] private static LocatedMention[]? t_mentions;
    [ThreadStatic] private static LocatedMention[]? t_scratch;

    /// <summary>How many of the mentions' arrays' items the document may fill: those are cleared when given back.</summary>
    private readonly int _used;

    private GroupArrays(int[] runEnds, LocatedMention[] mentions, LocatedMention[] scratch, int used) =>
        (RunEnds, Mentions, Scratch, _used) = (runEnds, mentions, scratch, used);

    /// <summary>At least <c>slots</c> slots: grouping writes every one it reads.</summary>
    public int[] RunEnds { get; }

    public LocatedMention[] Mentions { get; }

    public LocatedMention[] Scratch { get; }

    /// <summary>Arrays made for the caller alone (a test's, say): nothing to give back.</summary>
    public static GroupArrays Made(int slots, int mentions) => new(new int[slots], new LocatedMention[mentions], new LocatedMention[mentions], mentions);

    public static GroupArrays Rent(int slots, int mentions) =>
        new(ArrayPool<int>.Shared.Rent(slots), Take(ref t_mentions, mentions), Take(ref t_scratch, mentions), mentions);

    /// <summary>The thread's array when it is long enough (taken: a document coded within this one would make its own), else a new one.</summary>
    private static LocatedMention[] Take(ref LocatedMention[]? kept, int length)
    {
        var array = kept is { } k && k.Length >= length ? k : new LocatedMention[Math.Max(length, 256)];
        kept = null;
        return array;
    }

    /// <summary>Gives the arrays back cleared: a kept array must not keep a document's mentions alive.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(RunEnds);
        Array.Clear(Mentions, 0, _used);
        Array.Clear(Scratch, 0, _used);
        (t_mentions, t_scratch) = (Mentions, Scratch);
    }
}
