using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// The SQLite schema as an ordered list of migrations. <c>PRAGMA user_version</c> counts the migrations
/// applied; <c>PRAGMA application_id</c> marks the file as Sitrep's so a foreign database is refused
/// rather than altered.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"SITR" in ASCII.</summary>
    public const int ApplicationId = 0x53495452;

    /// <summary>Append only: a released migration is never edited, a change is a new entry.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            outlet TEXT,
            published TEXT,
            language TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            origin TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            output_hash TEXT NOT NULL,
            resource_version TEXT NOT NULL,
            coded_at TEXT NOT NULL
        );
        CREATE TABLE events (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event_id TEXT NOT NULL UNIQUE,
            quote TEXT NOT NULL,
            quote_start INTEGER NOT NULL,
            quote_length INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            actor1 TEXT,
            actor2 TEXT,
            location TEXT,
            place_name TEXT,
            place_parent TEXT,
            place_country TEXT,
            place_level TEXT,
            place_id TEXT,
            admin1 TEXT,
            latitude REAL,
            longitude REAL,
            geo_precision INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
            date TEXT,
            time_precision INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
            fatalities INTEGER,
            injured INTEGER,
            sources TEXT NOT NULL,
            negated INTEGER NOT NULL,
            hedged INTEGER NOT NULL,
            why TEXT NOT NULL,
            PRIMARY KEY (doc_id, position)
        );
        CREATE TABLE claims (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            quote TEXT NOT NULL,
            quote_start INTEGER NOT NULL,
            quote_length INTEGER NOT NULL,
            quantity TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT,
            date TEXT,
            sources TEXT NOT NULL,
            why TEXT NOT NULL,
            PRIMARY KEY (doc_id, position)
        );
        CREATE TABLE labels (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            actor TEXT NOT NULL,
            word TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            entry TEXT NOT NULL,
            PRIMARY KEY (doc_id, position)
        );
        CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            value TEXT NOT NULL,
            entry TEXT NOT NULL,
            detail TEXT,
            PRIMARY KEY (doc_id, position)
        );
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            origin TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """,
        // The ledger's event clusters. No foreign key on purpose: a row whose event is gone or changed is how the
        // ledger notices that its cluster must be recomputed (Ledger/EventClusterer.cs).
        """
        CREATE TABLE event_clusters (
            event_id TEXT PRIMARY KEY,
            cluster_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL
        );
        CREATE INDEX event_clusters_by_cluster ON event_clusters (cluster_id);
        """,
        // An event's other tellings in its document (JSON list of quote, start, length, sources): the ledger counts
        // their sources too. Rows coded before have none until their document is coded again.
        """
        ALTER TABLE events ADD COLUMN other_reports TEXT NOT NULL DEFAULT '[]';
        """,
        // A document's mentions in one row (StoredMentions) instead of one row each: writing them was most of a save.
        $"""
        CREATE TABLE document_mentions (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            mentions TEXT NOT NULL
        );
        INSERT INTO document_mentions (doc_id, mentions)
            SELECT doc_id, group_concat({StoredMentions.SqlLine("char")}, char(10) ORDER BY position)
            FROM mentions GROUP BY doc_id;
        DROP TABLE mentions;
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>Checks that the file is a Sitrep database this code can read, then brings it up to date.</summary>
    public static void Upgrade(SqliteConnection connection, string path)
    {
        var version = ReadableVersion(connection, path);
        SchemaVersion.RefuseNewer(path, version, CurrentVersion);
        for (var next = version; next < CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, Migrations[next]);
            Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {next + 1};");
            transaction.Commit();
        }
    }

    /// <summary>Checks, writing nothing, that the file is a Sitrep store at exactly this code's schema version.</summary>
    public static void RequireCurrent(SqliteConnection connection, string path) =>
        SchemaVersion.RequireCurrent(path, ReadableVersion(connection, path), CurrentVersion);

    private static long ReadableVersion(SqliteConnection connection, string path)
    {
        var applicationId = ReadPragma(connection, "application_id");
        var version = ReadPragma(connection, "user_version");
        if (applicationId != ApplicationId && (applicationId != 0 || version != 0 || HasTables(connection)))
            throw new StoreException($"{path} is a SQLite database but not a Sitrep store.");
        return version;
    }

    private static long ReadPragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)command.ExecuteScalar()!;
    }

    private static bool HasTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema";
        return (long)command.ExecuteScalar()! > 0;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
