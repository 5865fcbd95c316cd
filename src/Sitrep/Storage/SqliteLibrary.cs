using SQLitePCL;

namespace Sitrep.Storage;

/// <summary>
/// SQLite's process-wide settings. SQLite takes them only before its first connection opens, so every store applies
/// them before it opens one; in a process that opened a connection some other way first, they are refused and
/// SQLite keeps its defaults, which are only slower.
/// </summary>
internal static class SqliteLibrary
{
    private static readonly bool Applied = Apply();

    /// <summary>Whether SQLite took the settings (false if it had started before).</summary>
    public static bool EnsureConfigured() => Applied;

    private static bool Apply()
    {
        // Registers the native library, as opening a connection would first.
        Batteries_V2.Init();
        // No lock taken around every call on a connection (SQLite's default, "serialized"): a connection here is used
        // by one thread at a time, as Microsoft.Data.Sqlite requires, and each thread that writes opens its own. And no
        // count of the memory SQLite holds, which took a lock on every allocation. Both locks were ~3 % of a save.
        var multiThread = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
        var noMemoryCount = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
        return multiThread && noMemoryCount;
    }
}
