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
        // Child rows keyed by their document's integer key, in the order documents are stored, not by its text id: with ids
        // in no order (content hashes, URLs) each document wrote a random page of every child table's key, and SQLite logs
        // each page a transaction touches (a 50 MB run 30 % slower; bench/RESULTS.md, eighteenth round). The text id stays
        // in each row, unindexed, for the readers; an event's id is unique within its document, and begins with its id.
        // The old tables are dropped children first, so no cascade fires, and renaming updates the new references.
        """
        CREATE TABLE documents_keyed (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
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
        INSERT INTO documents_keyed (key, id, outlet, published, language, title, text, origin, content_hash, output_hash,
                resource_version, coded_at)
            SELECT rowid, id, outlet, published, language, title, text, origin, content_hash, output_hash, resource_version,
                coded_at
            FROM documents;
        CREATE TABLE events_keyed (
            doc_key INTEGER NOT NULL REFERENCES documents_keyed(key) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
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
            other_reports TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (doc_key, position),
            UNIQUE (doc_key, event_id)
        );
        INSERT INTO events_keyed (doc_key, doc_id, position, event_id, quote, quote_start, quote_length, event_type,
                sub_event_type, actor1, actor2, location, place_name, place_parent, place_country, place_level, place_id,
                admin1, latitude, longitude, geo_precision, date, time_precision, fatalities, injured, sources, negated,
                hedged, why, other_reports)
            SELECT d.key, e.doc_id, e.position, e.event_id, e.quote, e.quote_start, e.quote_length, e.event_type,
                e.sub_event_type, e.actor1, e.actor2, e.location, e.place_name, e.place_parent, e.place_country,
                e.place_level, e.place_id, e.admin1, e.latitude, e.longitude, e.geo_precision, e.date, e.time_precision,
                e.fatalities, e.injured, e.sources, e.negated, e.hedged, e.why, e.other_reports
            FROM events e JOIN documents_keyed d ON d.id = e.doc_id;
        CREATE TABLE claims_keyed (
            doc_key INTEGER NOT NULL REFERENCES documents_keyed(key) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
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
            PRIMARY KEY (doc_key, position)
        );
        INSERT INTO claims_keyed (doc_key, doc_id, position, quote, quote_start, quote_length, quantity, value, unit, date,
                sources, why)
            SELECT d.key, c.doc_id, c.position, c.quote, c.quote_start, c.quote_length, c.quantity, c.value, c.unit, c.date,
                c.sources, c.why
            FROM claims c JOIN documents_keyed d ON d.id = c.doc_id;
        CREATE TABLE labels_keyed (
            doc_key INTEGER NOT NULL REFERENCES documents_keyed(key) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            actor TEXT NOT NULL,
            word TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            entry TEXT NOT NULL,
            PRIMARY KEY (doc_key, position)
        );
        INSERT INTO labels_keyed (doc_key, doc_id, position, actor, word, start, length, entry)
            SELECT d.key, l.doc_id, l.position, l.actor, l.word, l.start, l.length, l.entry
            FROM labels l JOIN documents_keyed d ON d.id = l.doc_id;
        CREATE TABLE document_mentions_keyed (
            doc_key INTEGER PRIMARY KEY REFERENCES documents_keyed(key) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            mentions TEXT NOT NULL
        );
        INSERT INTO document_mentions_keyed (doc_key, doc_id, mentions)
            SELECT d.key, m.doc_id, m.mentions
            FROM document_mentions m JOIN documents_keyed d ON d.id = m.doc_id;
        DROP TABLE events;
        DROP TABLE claims;
        DROP TABLE labels;
        DROP TABLE document_mentions;
        DROP TABLE documents;
        ALTER TABLE documents_keyed RENAME TO documents;
        ALTER TABLE events_keyed RENAME TO events;
        ALTER TABLE claims_keyed RENAME TO claims;
        ALTER TABLE labels_keyed RENAME TO labels;
        ALTER TABLE document_mentions_keyed RENAME TO document_mentions;
        """,
        // A document's claims and its labels in one row each (JsonRows: a JSON array of each row's values after its
        // document id and position, lists nested): a row per claim and per label was half of a document's rows, and
        // SQLite's work per row most of what they cost to store. The views keep the tables' names and columns for every
        // reader, SQL users included.
        """
        CREATE TABLE document_claims (
            doc_key INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            claims TEXT NOT NULL
        );
        INSERT INTO document_claims (doc_key, doc_id, claims)
            SELECT doc_key, doc_id, json_group_array(json_array(quote, quote_start, quote_length, quantity, value, unit, date,
                    json(sources), json(why)) ORDER BY position)
            FROM claims GROUP BY doc_key;
        CREATE TABLE document_labels (
            doc_key INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
            doc_id TEXT NOT NULL,
            labels TEXT NOT NULL
        );
        INSERT INTO document_labels (doc_key, doc_id, labels)
            SELECT doc_key, doc_id, json_group_array(json_array(actor, word, start, length, entry) ORDER BY position)
            FROM labels GROUP BY doc_key;
        DROP TABLE claims;
        DROP TABLE labels;
        CREATE VIEW claims (doc_key, doc_id, position, quote, quote_start, quote_length, quantity, value, unit, date, sources,
                why) AS
            SELECT d.doc_key, d.doc_id, c.key, c.value ->> 0, c.value ->> 1, c.value ->> 2, c.value ->> 3,
                CAST(c.value ->> 4 AS REAL), c.value ->> 5, c.value ->> 6, c.value ->> 7, c.value ->> 8
            FROM document_claims d, json_each(d.claims) c;
        CREATE VIEW labels (doc_key, doc_id, position, actor, word, start, length, entry) AS
            SELECT d.doc_key, d.doc_id, l.key, l.value ->> 0, l.value ->> 1, l.value ->> 2, l.value ->> 3, l.value ->> 4
            FROM document_labels d, json_each(d.labels) l;
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>Checks that the file is a Sitrep database this code can read, then brings it up to date.</summary>
    /// <param name="notice">Told once before a store that holds a schema is migrated (a new file is not): migrating
    /// rewrites its tables, a few seconds for a hundred megabytes, so a person waiting is told why.</param>
    public static void Upgrade(SqliteConnection connection, string path, Action<string>? notice = null)
    {
        var version = ReadableVersion(connection, path);
        SchemaVersion.RefuseNewer(path, version, CurrentVersion);
        if (version is > 0 && version < CurrentVersion)
            notice?.Invoke($"{path}: bringing the store from schema version {version} up to {CurrentVersion}, once " +
                           $"(its tables are rewritten: about a minute a few gigabytes)");
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
