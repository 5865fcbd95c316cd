using Sitrep.Ledger;
using Sitrep.Model;

namespace Sitrep.Tests.Support;

/// <summary>Short hand-made events for the ledger tests: one capture, one strike, varied by `with`.</summary>
public static class LedgerSamples
{
    public static readonly Place Salhine = new("as-Salheen", "Aleppo", "Syria", "neighbourhood", "sy.aleppo.as-salheen");

    public static readonly DateOnly Tuesday = new(2016, 12, 6);

    public static Event Capture(string docId, params string[] sources) => new()
    {
        DocId = docId,
        Quote = $"L'armée a repris Salhine ({docId}).",
        QuoteSpan = new TextSpan(0, 20),
        EventType = "Battles",
        SubEventType = "Government regains territory",
        Actor1 = "Military Forces of Syria",
        Actor2 = "Syrian opposition armed groups",
        Location = "Salhine",
        Place = Salhine,
        Date = Tuesday,
        TimePrecision = 1,
        Sources = sources,
    };

    public static Document Doc(string id, string? outlet = null) =>
        new(id, outlet, PartialDate.FromDate(Tuesday), "fr", null, "texte", "test");

    public static IReadOnlyDictionary<string, string?> Outlets(params (string Doc, string? Outlet)[] docs) =>
        docs.ToDictionary(d => d.Doc, d => d.Outlet);

    /// <summary>The events with the ids a store gives them.</summary>
    public static IReadOnlyList<StoredEvent> Stored(IReadOnlyList<Event> events)
    {
        var ids = Sitrep.Storage.EventIds.Assign(events);
        return events.Select((e, i) => new StoredEvent(ids[i], e)).ToList();
    }

    /// <summary>Clusters the events from scratch, as a first run over an empty store would.</summary>
    public static IReadOnlyList<EventCluster> Cluster(IReadOnlyList<Event> events, IReadOnlyDictionary<string, string?>? outlets = null)
    {
        var stored = Stored(events);
        var update = EventClusterer.Update(stored, []);
        var outletOf = outlets ?? new Dictionary<string, string?>();
        return ClusterBuilder.Group(stored, update.ClusterOf, outletOf).Select(c => ClusterBuilder.Of(c, e => e.Event, outletOf)).ToList();
    }
}
