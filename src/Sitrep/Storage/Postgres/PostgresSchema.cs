using Npgsql;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema: SQLite's tables and columns with PostgreSQL types, plus the work queue. Ids compare
/// bytewise (<c>COLLATE "C"</c>) so rows come out in the same order as from SQLite whatever the server's locale.
/// <c>sitrep_schema</c> counts the migrations applied; an advisory lock lets many workers start at once.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>"SITR" in ASCII, as SQLite's application id.</summary>
    private const long MigrationLock = 0x53495452;

    /// <summary>Append only: a released migration is never edited, a change is a new entry.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            id TEXT COLLATE "C" PRIMARY KEY,
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
            doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            event_id TEXT NOT NULL,
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
            latitude DOUBLE PRECISION,
            longitude DOUBLE PRECISION,
            geo_precision INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
            date TEXT,
            time_precision INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
            fatalities INTEGER,
            injured INTEGER,
            sources TEXT NOT NULL,
            negated BOOLEAN NOT NULL,
            hedged BOOLEAN NOT NULL,
            why TEXT NOT NULL,
            PRIMARY KEY (doc_id, position),
            -- event ids start with their document id, so this is SQLite's UNIQUE (event_id); Citus needs doc_id in it.
            UNIQUE (doc_id, event_id)
        );
        CREATE TABLE claims (
            doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            quote TEXT NOT NULL,
            quote_start INTEGER NOT NULL,
            quote_length INTEGER NOT NULL,
            quantity TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL,
            unit TEXT,
            date TEXT,
            sources TEXT NOT NULL,
            why TEXT NOT NULL,
            PRIMARY KEY (doc_id, position)
        );
        CREATE TABLE labels (
            doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            actor TEXT NOT NULL,
            word TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            entry TEXT NOT NULL,
            PRIMARY KEY (doc_id, position)
        );
        CREATE TABLE mentions (
            doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
            id BIGSERIAL PRIMARY KEY,
            origin TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE queue (
            doc_id TEXT COLLATE "C" PRIMARY KEY,
            seq BIGSERIAL NOT NULL,
            outlet TEXT,
            published TEXT,
            language TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            origin TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'coding', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            reason TEXT,
            claimed_by UUID,
            lease_until TIMESTAMPTZ
        );
        CREATE INDEX queue_open ON queue (seq) WHERE status <> 'failed';
        CREATE INDEX queue_claims ON queue (claimed_by) WHERE status = 'coding';
        """,
        // As SQLite's third migration: an event's other tellings in its document.
        """
        ALTER TABLE events ADD COLUMN other_reports TEXT NOT NULL DEFAULT '[]'
        """,
        // As SQLite's fourth migration: a document's mentions in one row.
        $"""
        CREATE TABLE document_mentions (
            doc_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            mentions TEXT NOT NULL
        );
        INSERT INTO document_mentions (doc_id, mentions)
            SELECT doc_id, string_agg({StoredMentions.SqlLine("chr")}, chr(10) ORDER BY position)
            FROM mentions GROUP BY doc_id;
        DROP TABLE mentions
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>Brings the database up to date, or refuses one written by a newer Sitrep.</summary>
    public static void Upgrade(NpgsqlConnection connection, string url)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLock}); CREATE TABLE IF NOT EXISTS sitrep_schema (version INTEGER NOT NULL)");
        using var read = new NpgsqlCommand("SELECT max(version) FROM sitrep_schema", connection);
        var version = read.ExecuteScalar() is int v ? v : 0;
        SchemaVersion.RefuseNewer(PostgresUrl.Redacted(url), version, CurrentVersion);
        for (var next = version; next < CurrentVersion; next++)
            Execute(connection, Migrations[next] + $"; DELETE FROM sitrep_schema; INSERT INTO sitrep_schema VALUES ({next + 1})");
        transaction.Commit();
    }

    /// <summary>Checks, writing nothing (no table, no lock), that the database holds a Sitrep store at exactly this code's schema version.</summary>
    public static void RequireCurrent(NpgsqlConnection connection, string url)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass('sitrep_schema') IS NOT NULL", connection);
        using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM sitrep_schema", connection);
        var version = exists.ExecuteScalar() is true ? (int)read.ExecuteScalar()! : 0;
        SchemaVersion.RequireCurrent(PostgresUrl.Redacted(url), version, CurrentVersion);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
