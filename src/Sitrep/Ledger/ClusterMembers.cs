namespace Sitrep.Ledger;

/// <summary>
/// A cluster as the ledger holds it until it is printed: its member events, and what orders and filters it. Its reports
/// are built only then (<see cref="ClusterBuilder.Of"/>): the 50 MB store has 130,548 clusters.
/// </summary>
public sealed class ClusterMembers
{
    /// <param name="members">In event id order.</param>
    public ClusterMembers(string id, IReadOnlyList<StoredEvent> members, IReadOnlyDictionary<string, string?> outletOf)
    {
        Id = id;
        Members = members;
        Reports = members.Sum(m => 1 + m.Event.OtherReports.Count);
        // One report is one source: nearly every cluster of a large store, counted without building its reports.
        Corroboration = Reports == 1 ? 1
            : members.SelectMany(m => ClusterBuilder.ReportsOf(m.Event, outletOf)).Select(r => r.Origin).Distinct(SourceOrigin.Comparer).Count();
        Date = members.Min(m => m.Event.Date);
    }

    public string Id { get; }

    public IReadOnlyList<StoredEvent> Members { get; }

    /// <summary>How many reports tell it: <see cref="EventCluster.Reports"/>' count.</summary>
    public int Reports { get; }

    /// <summary>How many independent sources tell it: <see cref="EventCluster.Corroboration"/>.</summary>
    public int Corroboration { get; }

    /// <summary>The earliest date a member gives, null when none does.</summary>
    public DateOnly? Date { get; }

    /// <summary>Most independent sources first, then most reports, then by date (undated first) and id.</summary>
    public static int ByCorroboration(ClusterMembers a, ClusterMembers b) =>
        b.Corroboration != a.Corroboration ? b.Corroboration.CompareTo(a.Corroboration)
        : b.Reports != a.Reports ? b.Reports.CompareTo(a.Reports)
        : Nullable.Compare(a.Date, b.Date) is var byDate and not 0 ? byDate
        : string.CompareOrdinal(a.Id, b.Id);
}
