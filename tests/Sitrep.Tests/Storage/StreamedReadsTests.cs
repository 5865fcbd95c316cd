using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>The store's records read as they are enumerated: of one document in the query, and a failure one clear error.</summary>
public sealed class StreamedReadsTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OneDocumentsRecordsAreReadAloneInTheCodersOrder()
    {
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(StoreSamples.Other(), "res-1");
        store.Save(StoreSamples.Coded, "res-1");
        store.Save(StoreSamples.Other("t02_after"), "res-1");

        Assert.Equal(StoreSamples.Json(StoreSamples.Coded.Events), StoreSamples.Json(store.ReadEvents(StoreSamples.DocId).ToList()));
        Assert.Equal(StoreSamples.Json(StoreSamples.Coded.Claims), StoreSamples.Json(store.ReadClaims(StoreSamples.DocId).ToList()));
        Assert.Equal(StoreSamples.Coded.Labels, store.ReadLabels(StoreSamples.DocId));
        Assert.Empty(store.ReadEvents("no-such-document"));
    }

    [Fact]
    public void AnEnumerationReadsTheRowsStoredWhenItStartsAndCanBeRunAgain()
    {
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(StoreSamples.Coded, "res-1");
        var events = store.ReadEvents();
        Assert.Equal(StoreSamples.Coded.Events.Count, events.Count());

        store.Save(StoreSamples.Other(), "res-1");

        Assert.Equal(["t00_other", StoreSamples.DocId], events.Select(e => e.DocId).Distinct());
    }

    [Fact]
    public void AFailureToReadIsAStoreErrorOnOneLine()
    {
        var path = _folder.File("sitrep.db");
        using (var store = SqliteEventStore.Open(path))
            store.Save(StoreSamples.Coded, "res-1");
        RawSqliteFile.Execute(path, "DROP VIEW labels");

        using var reopened = SqliteEventStore.OpenReadOnly(path);
        var error = Assert.Throws<StoreException>(() => reopened.ReadLabels().ToList());

        Assert.Contains("no such table", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
