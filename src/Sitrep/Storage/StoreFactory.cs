using Sitrep.Storage.Postgres;

namespace Sitrep.Storage;

/// <summary>Opens the store a <c>--store</c> value names: a <c>postgres://</c> URL, or else a SQLite file path.</summary>
public static class StoreFactory
{
    public static bool IsPostgres(string store) => PostgresUrl.IsPostgres(store);

    /// <param name="notice">Told once before a SQLite file's pending migrations rewrite it. A server's migrations are
    /// not told: they run once for all its workers, under a lock.</param>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static IDocumentStore Open(string store, Action<string>? notice = null) =>
        IsPostgres(store) ? PostgresEventStore.Open(store) : SqliteEventStore.Open(store, notice);

    /// <summary>Opens an existing store at this code's schema version for reading: the database refuses writes, nothing is migrated.</summary>
    /// <exception cref="StoreException">The store cannot be opened, holds nothing yet, or is at another schema version.</exception>
    public static IDocumentStore OpenReadOnly(string store) =>
        IsPostgres(store) ? PostgresEventStore.OpenReadOnly(store) : SqliteEventStore.OpenReadOnly(store);
}
