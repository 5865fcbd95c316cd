using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>The reads the ledger makes of a SQLite store give what the full reads give, less what the ledger leaves out.</summary>
public sealed class LedgerReadsTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheLedgersReadsAgreeWithTheFullReads()
    {
        var path = _folder.File("sitrep.db");
        using (var store = SqliteEventStore.Open(path))
            store.SaveAll(LedgerReads.Saved, "res-1");

        using var reopened = SqliteEventStore.OpenReadOnly(path);
        LedgerReads.AssertAgreeWithTheFullReads(reopened);
    }
}
