using Sitrep.Storage.Postgres;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Postgres;

/// <summary>As <see cref="StreamedReadsTests"/>, on PostgreSQL, where a connection runs one command at a time.</summary>
public sealed class PostgresStreamedReadsTests : IDisposable
{
    private PostgresTestDatabase? _database;

    [PostgresFact]
    public void TheStoreAnswersOtherQueriesWhileItsRowsAreEnumerated()
    {
        _database = new PostgresTestDatabase();
        using var store = PostgresEventStore.Open(_database.Url);
        store.Save(StoreSamples.Other(), "res-1");
        store.Save(StoreSamples.Coded, "res-1");

        var documents = store.ReadEvents().Select(e => store.Document(e.DocId)!.Id).Distinct();

        Assert.Equal(["t00_other", StoreSamples.DocId], documents);
        Assert.Equal(StoreSamples.Coded.Labels, store.ReadLabels(StoreSamples.DocId));
        Assert.Empty(store.ReadClaims("t00_other"));
    }

    public void Dispose() => _database?.Dispose();
}
