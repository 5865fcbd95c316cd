using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>Turns cluster membership into clusters with their reports and independent sources.</summary>
public static class ClusterBuilder
{
    public static IReadOnlyList<EventCluster> Build(
        IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<string, string> clusterOf, IReadOnlyDictionary<string, string?> outletOf) =>
        events.Where(e => clusterOf.ContainsKey(e.Id))
            .GroupBy(e => clusterOf[e.Id])
            .Select(g => Of(g.Key, g.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), outletOf))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

    public static Report ReportOf(Event e, IReadOnlyDictionary<string, string?> outletOf)
    {
        var outlet = outletOf.GetValueOrDefault(e.DocId);
        return new Report(e.DocId, outlet, e.Sources, SourceOrigin.Of(e.Sources, e.DocId, outlet), e.Quote);
    }

    private static EventCluster Of(string id, IReadOnlyList<StoredEvent> members, IReadOnlyDictionary<string, string?> outletOf)
    {
        var events = members.Select(m => m.Event).ToList();
        var reports = events.Select(e => ReportOf(e, outletOf)).ToList();
        return new EventCluster(
            id,
            events[0].SubEventType,
            events.Select(e => e.Place?.Name ?? e.Location).First(p => p is not null)!,
            events.Min(e => e.Date),
            events.Select(e => e.Actor1).FirstOrDefault(a => a is not null),
            events.Select(e => e.Actor2).FirstOrDefault(a => a is not null),
            members.Select(m => m.Id).ToList(),
            reports,
            reports.Select(r => r.Origin).Distinct(SourceOrigin.Comparer).Order(StringComparer.Ordinal).ToList(),
            events.Where(e => e.Fatalities is not null).Select(e => e.Fatalities!.Value).Distinct().Order().ToList());
    }
}
