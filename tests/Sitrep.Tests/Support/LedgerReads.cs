using Sitrep.Ledger;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Tests.Support;

/// <summary>
/// The ledger's own reads of a store (<see cref="IEventStore.DocumentHeaders"/>, <see cref="IEventStore.LedgerEvents"/>,
/// <see cref="IEventStore.LedgerClaims"/>, mentions of some kinds) checked against the store's full reads, for each store.
/// </summary>
public static class LedgerReads
{
    /// <summary>Documents with an outlet and a publication day, none, awkward mentions, events with and without a place.</summary>
    public static readonly IReadOnlyList<CodedDocument> Saved = [StoreSamples.Coded, StoreSamples.Other(), MentionEncodingSamples.Awkward()];

    public static void AssertAgreeWithTheFullReads(IDocumentStore store)
    {
        Assert.Equal(store.Documents().Select(d => new DocumentHeader(d.Id, d.Outlet, d.Published)), store.DocumentHeaders());
        Assert.Equal(StoreSamples.Json(store.ReadEvents().ToList().Select(Lean)), StoreSamples.Json(store.LedgerEvents()));
        Assert.Equal(StoreSamples.Json(store.ReadClaims().ToList().Select(c => c with { Why = [] })), StoreSamples.Json(store.LedgerClaims()));
        foreach (var coded in Saved)
            Assert.Equal(store.Mentions(coded.Document.Id).Where(m => ClaimKeyReader.MentionKinds.Contains(m.Kind)),
                store.Mentions(coded.Document.Id, ClaimKeyReader.MentionKinds));
        Assert.Contains(store.LedgerEvents(), e => e.Place?.Id is not null);
        Assert.Contains(store.LedgerEvents(), e => e.Place is null);
        // Most events have no other telling: a list each was 4 MB of the 50 MB store's ledger.
        var alone = store.LedgerEvents().Where(e => e.OtherReports.Count == 0).ToList();
        Assert.True(alone.Count > 1);
        Assert.All(alone, e => Assert.Same(alone[0].OtherReports, e.OtherReports));
        Assert.NotEmpty(store.Mentions(MentionEncodingSamples.Awkward().Document.Id, ClaimKeyReader.MentionKinds));
    }

    /// <summary>What the ledger's read keeps of an event: <see cref="IEventStore.LedgerEvents"/>.</summary>
    private static Event Lean(Event e) => e with
    {
        EventType = "",
        Place = e.Place is { } place ? new Place(place.Name, null, "", "", place.Id) : null,
        TimePrecision = 3, // Event's default: the read leaves it out
        Why = [],
    };
}
