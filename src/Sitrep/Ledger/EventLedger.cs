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
        using var quotes = new QuoteSpool();
        var events = Clusterable(store, quotes);
        var clusters = ClusterBuilder.Group(events, UpdateClusters(store, events).ClusterOf, OutletsOf(store.DocumentHeaders()));
        return clusters.SelectMany(c => c.Members.Select(m => (m.Id, Ref: new ClusterRef(c.Id, c.Corroboration))))
            .ToDictionary(x => x.Id, x => x.Ref, StringComparer.Ordinal);
    }

    /// <summary>The ledger, the stored clusters brought up to date (where the store keeps them). Dispose of it once printed.</summary>
    public LedgerReport Build(IDocumentStore store) => Build(store, UpdateClusters);

    /// <summary>
    /// The same report as <see cref="Build"/>, writing nothing: the stored clusters (where the store keeps them) are
    /// brought up to date in memory only, for readers such as the web page that must not write the store they read.
    /// </summary>
    public LedgerReport Read(IDocumentStore store) =>
        Build(store, (s, events) => EventClusterer.Update(events, (s as IClusterStore)?.ClusterRows() ?? []));

    /// <remarks>
    /// Reads the events and claims with only the fields the ledger uses, documents without their texts, and of each
    /// claimed document only the mentions claim keys look at (<see cref="ClaimKeyReader.MentionKinds"/>). The claims
    /// come first and are done with before the events are read: the ledger keeps only their contradictions. Of the
    /// events it keeps the clusterable ones, their quotes spooled, and builds each cluster whole only as it is printed.
    /// </remarks>
    private LedgerReport Build(IDocumentStore store, Func<IDocumentStore, IReadOnlyList<StoredEvent>, ClusterUpdate> cluster)
    {
        var documents = store.DocumentHeaders().ToDictionary(d => d.Id, StringComparer.Ordinal);
        var outletOf = OutletsOf(documents.Values);
        var claims = ContradictionFinder.InClaims(KeyedClaims(store, store.LedgerClaims(), documents, outletOf));
        var quotes = new QuoteSpool();
        try
        {
            var events = Clusterable(store, quotes);
            var clusters = ClusterBuilder.Group(events, cluster(store, events).ClusterOf, outletOf);
            // One independent source cannot contradict itself: only clusters of two or more are built for their figures.
            EventCluster Whole(ClusterMembers c) => ClusterBuilder.Of(c, quotes.Restore, outletOf);
            var casualties = clusters.Where(c => c.Corroboration > 1)
                .SelectMany(c => ContradictionFinder.InCluster(Whole(c), c.Members.Select(quotes.Restore).ToList(), outletOf))
                .ToList();
            return new LedgerReport([.. claims, .. casualties], clusters, Whole, quotes);
        }
        catch
        {
            quotes.Dispose();
            throw;
        }
    }

    /// <summary>The events clustering keeps (<see cref="ClusterRules.IsClusterable"/>), with their ids, their quotes spooled.</summary>
    private static IReadOnlyList<StoredEvent> Clusterable(IEventStore store, QuoteSpool quotes) =>
        EventIds.AssignByDocument(store.LedgerEvents())
            .Select(p => new StoredEvent(p.Id, p.Event))
            .Where(ClusterRules.IsClusterable)
            .Select(quotes.Hold)
            .ToList();

    /// <summary>Each claim's key, value and report, read a document at a time: its mentions, and its text for a percentage.</summary>
    private IEnumerable<(ClaimKey Key, double Value, Report Report)> KeyedClaims(
        IEventStore store, IEnumerable<Claim> claims, IReadOnlyDictionary<string, DocumentHeader> documents, IReadOnlyDictionary<string, string?> outletOf)
    {
        foreach (var perDoc in ByDocument.Of(claims, c => c.DocId))
        {
            var docId = perDoc[0].DocId;
            var published = documents[docId].Published?.AsDate;
            var mentions = store.Mentions(docId, ClaimKeyReader.MentionKinds);
            var text = new Lazy<string>(() => store.Document(docId)!.Text);
            var outlet = outletOf.GetValueOrDefault(docId);
            foreach (var claim in perDoc)
            {
                var report = new Report(claim.DocId, outlet, claim.Sources, SourceOrigin.Of(claim.Sources, claim.DocId, outlet), claim.Quote);
                yield return (claimKeys.Read(claim, published, mentions, () => text.Value), claim.Value, report);
            }
        }
    }

    public static IReadOnlyDictionary<string, string?> OutletsOf(IEnumerable<DocumentHeader> documents) =>
        documents.ToDictionary(d => d.Id, d => d.Outlet, StringComparer.Ordinal);
}
