using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

public sealed class SqliteEventStoreSaveTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    private string StorePath => _folder.File("sitrep.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ANewDocumentIsAddedAndAChangedOneReplaced()
    {
        using var store = SqliteEventStore.Open(StorePath);

        Assert.Equal(SaveOutcome.Added, store.Save(StoreSamples.Coded, "res-1"));
        var recoded = StoreSamples.Coded with { Events = [StoreSamples.Strike] };
        Assert.Equal(SaveOutcome.Replaced, store.Save(recoded, "res-1"));
    }

    [Fact]
    public void SavingTheSameCodingAgainWritesNothing()
    {
        using (var store = SqliteEventStore.Open(StorePath))
            store.Save(StoreSamples.Coded, "res-1");
        var before = RawSqliteFile.Dump(StorePath);

        using (var store = SqliteEventStore.Open(StorePath))
            Assert.Equal(SaveOutcome.Unchanged, store.Save(StoreSamples.Coded, "res-1"));

        Assert.Equal(before, RawSqliteFile.Dump(StorePath));
    }

    [Fact]
    public void ANewResourceVersionReplacesEvenWhenTheCodingIsTheSame()
    {
        using var store = SqliteEventStore.Open(StorePath);
        store.Save(StoreSamples.Coded, "res-1");

        Assert.Equal(SaveOutcome.Replaced, store.Save(StoreSamples.Coded, "res-2"));
        Assert.Equal("res-2", RawSqliteFile.Scalar(StorePath, "SELECT resource_version FROM documents"));
    }

    [Fact]
    public void ADocumentIsCurrentOnlyWithTheSameContentAndCoder()
    {
        using var store = SqliteEventStore.Open(StorePath);
        Assert.False(store.IsCurrent(StoreSamples.Document, "res-1"));
        store.Save(StoreSamples.Coded, "res-1");

        Assert.True(store.IsCurrent(StoreSamples.Document, "res-1"));
        Assert.False(store.IsCurrent(StoreSamples.Document, "res-2"));
        Assert.False(store.IsCurrent(StoreSamples.Document with { Text = StoreSamples.Document.Text + " Encore." }, "res-1"));
        Assert.False(store.IsCurrent(StoreSamples.Document with { Published = null }, "res-1"));
        Assert.False(store.IsCurrent(StoreSamples.Document with { Id = "another" }, "res-1"));
    }

    [Fact]
    public void AReaderSeesWhatTheStoreCommitsAndCannotWrite()
    {
        using var store = SqliteEventStore.Open(StorePath);
        using var reader = store.OpenReader();
        Assert.False(reader.IsCurrent(StoreSamples.Document, "res-1"));

        store.Save(StoreSamples.Coded, "res-1");

        Assert.True(reader.IsCurrent(StoreSamples.Document, "res-1"));
        Assert.Throws<StoreException>(() => reader.Save(StoreSamples.Coded with { Events = [StoreSamples.Strike] }, "res-1"));
    }

    [Fact]
    public void AChangedDocumentTextReplacesEvenWhenTheCodingIsTheSame()
    {
        using var store = SqliteEventStore.Open(StorePath);
        store.Save(StoreSamples.Coded, "res-1");
        var edited = StoreSamples.Coded with { Document = StoreSamples.Document with { Title = "Autre titre" } };

        Assert.Equal(SaveOutcome.Replaced, store.Save(edited, "res-1"));
        Assert.Equal("Autre titre", store.Document(StoreSamples.DocId)!.Title);
    }

    [Fact]
    public void ReplacingADocumentReplacesAllItsRowsAndNoOtherDocuments()
    {
        using var store = SqliteEventStore.Open(StorePath);
        store.Save(StoreSamples.Other(), "res-1");
        store.Save(StoreSamples.Coded, "res-1");

        store.Save(StoreSamples.Coded with { Events = [StoreSamples.LeafletDrop], Claims = [], Labels = [], Mentions = [] }, "res-1");

        Assert.Equal(["Armed clash", "Other"], store.ReadEvents().ToList().Select(e => e.SubEventType));
        Assert.Empty(store.ReadClaims().ToList());
        Assert.Empty(store.ReadLabels().ToList());
        Assert.Empty(store.Mentions(StoreSamples.DocId));
    }

    [Fact]
    public void ASaveThatFailsHalfwayLeavesTheStoredDocumentAsItWas()
    {
        using var store = SqliteEventStore.Open(StorePath);
        store.Save(StoreSamples.Coded, "res-1");
        var before = RawSqliteFile.Dump(StorePath);
        var invalid = StoreSamples.LeafletDrop with { TimePrecision = 9 };

        var error = Assert.Throws<StoreException>(() =>
            store.Save(StoreSamples.Coded with { Events = [StoreSamples.Strike, invalid] }, "res-2"));

        Assert.Contains(StoreSamples.DocId, error.Message);
        Assert.Equal(before, RawSqliteFile.Dump(StorePath));
        Assert.Equal(SaveOutcome.Unchanged, store.Save(StoreSamples.Coded, "res-1"));
    }

    [Fact]
    public void ANewDocumentWhoseSaveFailsIsNotStoredAtAll()
    {
        using var store = SqliteEventStore.Open(StorePath);
        var invalid = StoreSamples.Strike with { TimePrecision = 0 };

        Assert.Throws<StoreException>(() => store.Save(StoreSamples.Coded with { Events = [StoreSamples.Strike, invalid] }, "res-1"));

        Assert.Empty(store.Documents());
        Assert.Empty(store.ReadEvents().ToList());
    }

    [Fact]
    public void ManyEventsInOneDocumentAreAllStoredInOrder()
    {
        var events = Enumerable.Range(0, 2000)
            .Select(i => StoreSamples.Strike with { Fatalities = i })
            .ToList();
        using var store = SqliteEventStore.Open(StorePath);

        store.Save(StoreSamples.Coded with { Events = events }, "res-1");

        Assert.Equal(Enumerable.Range(0, 2000), store.ReadEvents().ToList().Select(e => e.Fatalities!.Value));
    }
}
