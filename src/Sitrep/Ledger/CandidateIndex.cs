namespace Sitrep.Ledger;

/// <summary>
/// Events by sub-event type and place, then by day, so that a new event is compared only with those
/// <see cref="ClusterRules.Match"/> could accept: the same type and place, the days around its own, and the undated.
/// Holds the events' indexes in the list it was made with.
/// </summary>
internal sealed class CandidateIndex(IReadOnlyList<StoredEvent> events)
{
    private sealed class Bucket
    {
        public readonly Dictionary<int, List<int>> ByDay = [];
        public readonly List<int> Undated = [];
    }

    private readonly Dictionary<(string SubType, string Place), Bucket> _buckets = [];

    public void Add(int index)
    {
        var e = events[index];
        var key = (e.Event.SubEventType, e.PlaceKey);
        if (!_buckets.TryGetValue(key, out var bucket)) _buckets[key] = bucket = new Bucket();
        if (e.Event.Date is DateOnly date)
        {
            if (!bucket.ByDay.TryGetValue(date.DayNumber, out var day)) bucket.ByDay[date.DayNumber] = day = [];
            day.Add(index);
        }
        else bucket.Undated.Add(index);
    }

    /// <summary>The indexes of the events <paramref name="e"/> may match.</summary>
    public IEnumerable<int> Candidates(StoredEvent e)
    {
        if (!_buckets.TryGetValue((e.Event.SubEventType, e.PlaceKey), out var bucket)) return [];
        if (e.Event.Date is not DateOnly date) return bucket.ByDay.Values.SelectMany(d => d).Concat(bucket.Undated);
        var days = Enumerable.Range(date.DayNumber - ClusterRules.MaxDaysApart, 2 * ClusterRules.MaxDaysApart + 1);
        return days.SelectMany(d => bucket.ByDay.TryGetValue(d, out var list) ? list : []).Concat(bucket.Undated);
    }
}
