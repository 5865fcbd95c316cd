using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Ledger;

/// <summary>
/// Builds the ledger from a store. Cluster membership is persisted (table <c>event_clusters</c>) and brought up to
/// date incrementally on every read; claims keys and framing are cheap and computed from the stored rows each time.
/// </summary>
public sealed class EventLedger(ClaimKeyReader claimKeys)
{
    public static EventLedger Load(string language) => new(ClaimKeyReader.Load(language));

    /// <summary>Updates the stored clusters to the stored events (where the store keeps them) and returns the new membership.</summary>
    public static ClusterUpdate UpdateClusters(IDocumentStore store, IReadOnlyList<StoredEvent> events)
    {
        var kept = store as IClusterStore;
        var update = EventClusterer.Update(events, kept?.ClusterRows() ?? []);
        kept?.UpdateClusterRows(update.Upserts, update.Deletes);
        return update;
    }

    /// <summary>Each clustered event's cluster and corroboration, by event id, for the export.</summary>
    public static IReadOnlyDictionary<string, ClusterRef> ClusterRefs(IDocumentStore store)
    {
        var events = StoredEvent.Of(store.LedgerEvents());
        var clusters = ClusterBuilder.Build(events, UpdateClusters(store, events).ClusterOf, OutletsOf(store.DocumentHeaders()));
        return clusters.SelectMany(c => c.EventIds.Select(id => (id, Ref: new ClusterRef(c.Id, c.Corroboration))))
            .ToDictionary(x => x.id, x => x.Ref, StringComparer.Ordinal);
    }

    public LedgerReport Build(IDocumentStore store) => Build(store, UpdateClusters);

    /// <summary>
    /// The same report as <see cref="Build"/>, writing nothing: the stored clusters (where the store keeps them) are
    /// brought up to date in memory only, for readers such as the web page that must not write the store they read.
    /// </summary>
    public LedgerReport Read(IDocumentStore store) =>
        Build(store, (s, events) => EventClusterer.Update(events, (s as IClusterStore)?.ClusterRows() ?? []));

    /// <remarks>
    /// Reads the events and claims with only the fields the ledger uses, documents without their texts, and of each
    /// claimed document only the mentions claim keys look at (<see cref="ClaimKeyReader.MentionKinds"/>). The events
    /// are done with before the claims are read: only the clusters' reports keep what they need of them.
    /// </remarks>
    private LedgerReport Build(IDocumentStore store, Func<IDocumentStore, IReadOnlyList<StoredEvent>, ClusterUpdate> cluster)
    {
        var documents = store.DocumentHeaders().ToDictionary(d => d.Id, StringComparer.Ordinal);
        var outletOf = OutletsOf(documents.Values);
        var (clusters, casualties) = Clusters(store, cluster, outletOf);
        var claims = ContradictionFinder.InClaims(KeyedClaims(store, store.LedgerClaims(), documents, outletOf));
        return new LedgerReport(clusters, [.. claims, .. casualties]);
    }

    private static (IReadOnlyList<EventCluster> Clusters, IReadOnlyList<Contradiction> Casualties) Clusters(
        IDocumentStore store, Func<IDocumentStore, IReadOnlyList<StoredEvent>, ClusterUpdate> cluster, IReadOnlyDictionary<string, string?> outletOf)
    {
        var events = StoredEvent.Of(store.LedgerEvents());
        var clusters = ClusterBuilder.Build(events, cluster(store, events).ClusterOf, outletOf);
        var eventById = events.ToDictionary(e => e.Id, e => e.Event, StringComparer.Ordinal);
        var casualties = clusters.SelectMany(c =>
            ContradictionFinder.InCluster(c, c.EventIds.Select(id => eventById[id]).ToList(), outletOf)).ToList();
        return (clusters, casualties);
    }

    private IEnumerable<(ClaimKey Key, Claim Claim, Report Report)> KeyedClaims(
        IEventStore store, IEnumerable<Claim> claims, IReadOnlyDictionary<string, DocumentHeader> documents, IReadOnlyDictionary<string, string?> outletOf)
    {
        foreach (var perDoc in claims.GroupBy(c => c.DocId))
        {
            var published = documents[perDoc.Key].Published?.AsDate;
            var mentions = store.Mentions(perDoc.Key, ClaimKeyReader.MentionKinds);
            var text = new Lazy<string>(() => store.Document(perDoc.Key)!.Text);
            foreach (var claim in perDoc)
            {
                var outlet = outletOf.GetValueOrDefault(claim.DocId);
                var report = new Report(claim.DocId, outlet, claim.Sources, SourceOrigin.Of(claim.Sources, claim.DocId, outlet), claim.Quote);
                yield return (claimKeys.Read(claim, published, mentions, () => text.Value), claim, report);
            }
        }
    }

    public static IReadOnlyDictionary<string, string?> OutletsOf(IEnumerable<DocumentHeader> documents) =>
        documents.ToDictionary(d => d.Id, d => d.Outlet, StringComparer.Ordinal);
}
