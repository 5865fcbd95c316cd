namespace Sitrep.Coding;

/// <summary>
/// How often a document names some of its actors, by name and side. A document names a few different actors, each
/// name a shared string: each mention counted is compared with the different ones counted so far (known by the index
/// of their first mention), in the caller's arrays (on its stack), not hashed into dictionaries made for every document.
/// </summary>
internal ref struct ActorCounts
{
    /// <summary>A document naming up to this many actors counts them on the stack.</summary>
    public const int StackActors = 128;

    private readonly IReadOnlyList<ActorInfo> _actors;
    private readonly Span<int> _firsts;
    private readonly Span<int> _counts;
    private int _different;

    /// <param name="room">Room for two numbers per actor of <paramref name="actors"/> (an index and a count).</param>
    public ActorCounts(IReadOnlyList<ActorInfo> actors, Span<int> room)
    {
        _actors = actors;
        _firsts = room[..actors.Count];
        _counts = room.Slice(actors.Count, actors.Count);
    }

    public readonly bool IsEmpty => _different == 0;

    /// <summary>Counts the actor at this index of the document's actors once more.</summary>
    public void Add(int index)
    {
        var actor = _actors[index];
        var d = IndexOf(actor.Name, actor.Side);
        if (d < 0)
        {
            d = _different++;
            (_firsts[d], _counts[d]) = (index, 0);
        }
        _counts[d]++;
    }

    /// <summary>How often the side's actor of this name was counted.</summary>
    public readonly int Of(string name, string side) => IndexOf(name, side) is var d and >= 0 ? _counts[d] : 0;

    /// <summary>The most any actor was counted.</summary>
    public readonly int Most()
    {
        var most = 0;
        for (var d = 0; d < _different; d++) most = Math.Max(most, _counts[d]);
        return most;
    }

    /// <summary>The side's name counted most, the first in ordinal order among equals; null when none of the side was counted.</summary>
    public readonly string? MostCounted(string side)
    {
        (string? Name, int Count) best = (null, 0);
        for (var d = 0; d < _different; d++)
        {
            var actor = _actors[_firsts[d]];
            if (actor.Side == side && (best.Name is null || _counts[d] > best.Count || _counts[d] == best.Count && string.CompareOrdinal(actor.Name, best.Name) < 0))
                best = (actor.Name, _counts[d]);
        }
        return best.Name;
    }

    private readonly int IndexOf(string name, string side)
    {
        for (var d = 0; d < _different; d++)
            if (_actors[_firsts[d]] is var counted && counted.Name == name && counted.Side == side) return d;
        return -1;
    }
}
