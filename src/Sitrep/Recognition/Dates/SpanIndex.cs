using Sitrep.Collections;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Spans kept sorted by start, each with the farthest end reached up to it, so that whether a span overlaps any of
/// them is one binary search: testing every figure of a long line of numbers against every date took quadratic time.
/// Spans added in text order are appended; one added before others costs a shift of the ones after it.
/// </summary>
public sealed class SpanIndex
{
    private readonly List<TextSpan> _spans = [];
    private readonly List<int> _farthestEnd = [];
    // The search key, made at the first search and kept: a lambda written in the search would be a new closure at every
    // question, and most indexes are never searched (spans come in text order).
    private Func<int, int>? _startAt;

    // Indexes given back on this thread (Return), for the next text or sentence to fill: a few, for the few at a time a
    // recognizer needs.
    [ThreadStatic] private static Stack<SpanIndex>? t_spares;
    private const int SparesKept = 4;

    public int Count => _spans.Count;

    /// <summary>An empty index: one this thread gave back (<see cref="Return"/>), or a new one.</summary>
    public static SpanIndex Take()
    {
        if (t_spares is not { Count: > 0 } spares) return new SpanIndex();
        var index = spares.Pop();
        index.Clear();
        return index;
    }

    /// <summary>Gives an index no longer needed back to this thread; one grown by a line of thousands of spans is dropped.</summary>
    public static void Return(SpanIndex index)
    {
        var spares = t_spares ??= new Stack<SpanIndex>(SparesKept);
        if (spares.Count < SparesKept && index.Count <= ScratchList<TextSpan>.MaxKeptCapacity) spares.Push(index);
    }

    public void Add(TextSpan span)
    {
        var at = CountStartingBefore(span.Start + 1);
        _spans.Insert(at, span);
        _farthestEnd.Insert(at, 0);
        for (var i = at; i < _spans.Count; i++)
        {
            var farthest = Math.Max(i > 0 ? _farthestEnd[i - 1] : int.MinValue, _spans[i].End);
            // Past the new span, the farthest ends already known stay unless it reaches beyond them.
            if (i > at && _farthestEnd[i] == farthest) break;
            _farthestEnd[i] = farthest;
        }
    }

    /// <summary>Forgets every span, keeping the room they took.</summary>
    public void Clear()
    {
        _spans.Clear();
        _farthestEnd.Clear();
    }

    /// <summary>Whether <paramref name="span"/> overlaps a span of the index (as <see cref="TextSpan.Overlaps"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        // The spans starting before its end overlap it when one of them ends after its start.
        var before = CountStartingBefore(span.End);
        return before > 0 && _farthestEnd[before - 1] > span.Start;
    }

    /// <summary>How many spans start before <paramref name="offset"/>.</summary>
    private int CountStartingBefore(int offset) =>
        // Spans are mostly added, and asked about, in text order: then all of them start before the offset, and a
        // line of figures (each asked about and added) needs no search.
        _spans.Count == 0 || _spans[^1].Start < offset ? _spans.Count : SortedSearch.FirstAtOrAfter(0, _spans.Count, offset, _startAt ??= i => _spans[i].Start);
}
