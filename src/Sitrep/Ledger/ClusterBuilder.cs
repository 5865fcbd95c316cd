using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>Turns cluster membership into clusters with their reports and independent sources.</summary>
public static class ClusterBuilder
{
    /// <summary>The clusters' members, by cluster id.</summary>
    public static IReadOnlyList<ClusterMembers> Group(
        IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<string, string> clusterOf, IReadOnlyDictionary<string, string?> outletOf) =>
        events.Where(e => clusterOf.ContainsKey(e.Id))
            .GroupBy(e => clusterOf[e.Id])
            .Select(g => new ClusterMembers(g.Key, g.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray(), outletOf))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>The event's first telling: the one its figures are shown with.</summary>
    public static Report ReportOf(Event e, IReadOnlyDictionary<string, string?> outletOf) => ReportsOf(e, outletOf)[0];

    /// <summary>Every telling of the event in its document, each with its own source: two sources in one article are two.</summary>
    public static IReadOnlyList<Report> ReportsOf(Event e, IReadOnlyDictionary<string, string?> outletOf)
    {
        var outlet = outletOf.GetValueOrDefault(e.DocId);
        return e.Reports.Select(r => new Report(e.DocId, outlet, r.Sources, SourceOrigin.Of(r.Sources, e.DocId, outlet), r.Quote)).ToArray();
    }

    /// <summary>The cluster whole, with its reports and their quotes: built as it is printed.</summary>
    /// <remarks>
    /// Arrays, not lists: nearly every cluster of a large store is one report from one source, and a list object for each
    /// of a cluster's four lists and its reports' was ~20 MB of the 50 MB store's 130,548 clusters.
    /// </remarks>
    /// <param name="whole">A member's event with its quote (<see cref="QuoteSpool.Restore"/>).</param>
    public static EventCluster Of(ClusterMembers cluster, Func<StoredEvent, Event> whole, IReadOnlyDictionary<string, string?> outletOf)
    {
        var (id, members) = (cluster.Id, cluster.Members);
        var events = members.Select(whole).ToList();
        var reports = events.SelectMany(e => ReportsOf(e, outletOf)).ToArray();
        return new EventCluster(
            id,
            events[0].SubEventType,
            events.Select(e => e.Place?.Name ?? e.Location).First(p => p is not null)!,
            events.Min(e => e.Date),
            events.Select(e => e.Actor1).FirstOrDefault(a => a is not null),
            events.Select(e => e.Actor2).FirstOrDefault(a => a is not null),
            members.Select(m => m.Id).ToArray(),
            reports,
            reports.Select(r => r.Origin).Distinct(SourceOrigin.Comparer).Order(StringComparer.Ordinal).ToArray(),
            events.Where(e => e.Fatalities is not null).Select(e => e.Fatalities!.Value).Distinct().Order().ToArray());
    }
}
