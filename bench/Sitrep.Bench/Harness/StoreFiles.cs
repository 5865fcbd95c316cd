namespace Sitrep.Bench.Harness;

/// <summary>A measured SQLite store is thrown away with its write-ahead log and shared-memory file, so the next run starts empty.</summary>
public static class StoreFiles
{
    public static void Delete(string store)
    {
        foreach (var file in new[] { store, store + "-wal", store + "-shm" }) File.Delete(file);
    }
}
