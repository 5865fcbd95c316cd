namespace Sitrep.Storage;

/// <summary>What a store's schema version allows: writers migrate older stores, readers take only the current one.</summary>
internal static class SchemaVersion
{
    /// <exception cref="StoreException">The store was written by a newer Sitrep.</exception>
    public static void RefuseNewer(string store, long version, int current)
    {
        if (version > current)
            throw new StoreException($"{store} has schema version {version}, newer than this Sitrep (up to {current}); use a newer Sitrep.");
    }

    /// <summary>A reader never migrates, so it refuses an empty store and one at any other version than <paramref name="current"/>.</summary>
    /// <exception cref="StoreException">The store is empty, older or newer.</exception>
    public static void RequireCurrent(string store, long version, int current)
    {
        RefuseNewer(store, version, current);
        if (version == 0)
            throw new StoreException($"{store} holds no Sitrep store yet: code documents into it first (`sitrep run PATH... --store {store}`).");
        if (version < current)
            throw new StoreException(
                $"{store} has schema version {version}, older than this Sitrep's {current}, and is opened read-only here: " +
                $"bring it up to date once with another sitrep command (e.g. `sitrep events --store {store}`).");
    }
}
