using Sitrep.Storage.Postgres;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Postgres;

/// <summary>As <see cref="LedgerReadsTests"/>, on PostgreSQL.</summary>
public sealed class PostgresLedgerReadsTests : IDisposable
{
    private PostgresTestDatabase? _database;

    [PostgresFact]
    public void TheLedgersReadsAgreeWithTheFullReads()
    {
        _database = new PostgresTestDatabase();
        using (var store = PostgresEventStore.Open(_database.Url))
            foreach (var coded in LedgerReads.Saved)
                store.Save(coded, "res-1");

        using var reopened = PostgresEventStore.OpenReadOnly(_database.Url);
        LedgerReads.AssertAgreeWithTheFullReads(reopened);
    }

    public void Dispose() => _database?.Dispose();
}
