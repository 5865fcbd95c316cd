using Sitrep.Storage;
using Sitrep.Tests.Support;
using SQLitePCL;

namespace Sitrep.Tests.Storage;

public sealed class SqliteLibraryTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void SqliteTookTheSettingsBeforeItStartedAndCountsNoMemory()
    {
        Assert.True(SqliteLibrary.EnsureConfigured());

        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(StoreSamples.Coded, "res-1");

        // Counted (SQLite's default), the open store's page cache alone would be kilobytes.
        Assert.Equal(0, raw.sqlite3_memory_used());
    }
}
