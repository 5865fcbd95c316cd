using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode, so readers never block the writer. One instance holds
/// one connection and is not thread-safe; each worker opens its own.
/// </summary>
public sealed class SqliteEventStore : IDocumentStore, IClusterStore
{
    private const int BusyTimeoutMilliseconds = 30_000;
    private const int NotADatabase = 26;
    private const int NewFilePageSize = 16_384;

    private readonly string _path;
    private readonly SqliteConnection _connection;
    private readonly CodedDocumentWriter _writer;
    /// <summary>Null on a read-only store.</summary>
    private readonly BackgroundCheckpoint? _checkpoint;
    private readonly TimeProvider _clock = TimeProvider.System;

    private SqliteEventStore(string path, SqliteConnection connection, bool writable)
    {
        _path = path;
        _connection = connection;
        _writer = new CodedDocumentWriter(connection);
        if (writable) _checkpoint = new BackgroundCheckpoint(connection);
    }

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and schema if missing and applying pending migrations.</summary>
    /// <param name="notice">Told once before pending migrations rewrite a store (<see cref="SqliteSchema.Upgrade"/>).</param>
    /// <exception cref="StoreException">The file is not SQLite, not a Sitrep store, or from a newer Sitrep.</exception>
    public static SqliteEventStore Open(string path, Action<string>? notice = null) => Open(path, SqliteOpenMode.ReadWriteCreate, connection =>
    {
        Execute(connection, "PRAGMA foreign_keys = ON;");
        // Only a new file takes it (before its first table): a store's rows are mostly long text, and four times
        // fewer, fuller pages made saving a tenth cheaper. A store made before keeps its pages.
        Execute(connection, $"PRAGMA page_size = {NewFilePageSize};");
        SqliteSchema.Upgrade(connection, path, notice);
        Execute(connection, "PRAGMA journal_mode = WAL;");
        // In WAL mode this syncs at checkpoints only, not at every commit: a power cut can lose the last batches
        // (a re-run codes them again) but never corrupts the file, and waiting for the disk was a tenth of a save.
        Execute(connection, "PRAGMA synchronous = NORMAL;");
    }, writable: true);

    /// <summary>
    /// Opens an existing store at this code's schema version for reading only: SQLite refuses every write through
    /// the connection, and nothing is migrated. Reads see what writers have committed (WAL).
    /// </summary>
    /// <exception cref="StoreException">The file is missing, not a Sitrep store, empty, or at another schema version.</exception>
    public static SqliteEventStore OpenReadOnly(string path) =>
        Open(path, SqliteOpenMode.ReadOnly, connection => SqliteSchema.RequireCurrent(connection, path), writable: false);

    private static SqliteEventStore Open(string path, SqliteOpenMode mode, Action<SqliteConnection> prepare, bool writable)
    {
        SqliteLibrary.EnsureConfigured();
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
            prepare(connection);
            return new SqliteEventStore(path, connection, writable);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException(ex.SqliteErrorCode == NotADatabase
                ? $"{path} is not a SQLite database."
                : $"Cannot open store {path}: {StoreException.OneLine(ex.Message)}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Replaces the document and all its rows in one transaction. Writes nothing, not even the coding
    /// time, when the document, its coded output and the coder (its resources and build) are all as stored.
    /// </summary>
    public SaveOutcome Save(CodedDocument coded, string coderVersion) => SaveAll([coded], coderVersion)[0];

    /// <summary>
    /// Saves documents as <see cref="Save"/> does, in one transaction for the whole batch: each document is
    /// still replaced whole or not at all, and committing once per batch rather than once per document is
    /// what lets the store keep up with the coders.
    /// </summary>
    public IReadOnlyList<SaveOutcome> SaveAll(IReadOnlyList<CodedDocument> batch, string coderVersion)
    {
        var outcomes = new SaveOutcome[batch.Count];
        var current = "";
        try
        {
            using var transaction = _connection.BeginTransaction();
            var codedAt = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            for (var i = 0; i < batch.Count; i++)
            {
                current = batch[i].Document.Id;
                outcomes[i] = SaveIn(batch[i], coderVersion, codedAt);
            }
            transaction.Commit();
            _checkpoint?.AfterCommit();
            return outcomes;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"Could not save document {current}: {StoreException.OneLine(ex.Message)}", ex);
        }
    }

    private SaveOutcome SaveIn(CodedDocument coded, string coderVersion, string codedAt)
    {
        using var rows = DocumentRows.Of(coded, coderVersion);
        var stored = _writer.StoredState(rows.DocId);
        if (stored == rows.State) return SaveOutcome.Unchanged;
        _writer.Write(rows, codedAt, replacing: stored is not null);
        return stored is null ? SaveOutcome.Added : SaveOutcome.Replaced;
    }

    public bool IsCurrent(Document document, string coderVersion) =>
        _writer.StoredState(document.Id) is { } stored
        && stored.ResourceVersion == coderVersion
        && stored.ContentHash == Fingerprint.Of(document);

    public IDocumentStore OpenReader() => OpenReadOnly(_path);

    /// <summary>Keeps the reason an input could not be ingested or coded, so a batch can go on and report it later.</summary>
    public void RecordFailure(string origin, string reason)
    {
        using var command = Command("INSERT INTO failures (origin, reason, at) VALUES ($origin, $reason, $at)");
        command.Parameters.AddWithValue("$origin", origin);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        _checkpoint?.AfterCommit();
    }

    public IReadOnlyList<(string Origin, string Reason)> Failures() => Query(StoredRecords.FailuresSql, StoredRecords.Failure);

    public IReadOnlyList<Document> Documents() =>
        Query(StoredRecords.DocumentsSql + " ORDER BY id", StoredRecords.Document);

    public Document? Document(string id) =>
        Query(StoredRecords.DocumentsSql + " WHERE id = @id", StoredRecords.Document, ("@id", id)).SingleOrDefault();

    public IEnumerable<Event> ReadEvents(string? docId = null) => Stream(StoredRecords.Events, docId);

    public IEnumerable<Claim> ReadClaims(string? docId = null) => Stream(StoredRecords.Claims, docId);

    public IEnumerable<Label> ReadLabels(string? docId = null) => Stream(StoredRecords.Labels, docId);

    /// <remarks>On the store's own connection: SQLite lets other commands run on it while this reader is open.</remarks>
    private IEnumerable<T> Stream<T>(StoredQuery<T> query, string? docId) => Stream(query.Sql(docId), query.Map, docId);

    private IEnumerable<T> Stream<T>(string sql, Func<DbDataReader, T> map, string? docId = null)
    {
        using var command = Command(sql);
        if (docId is not null) command.Parameters.AddWithValue("@doc_id", docId);
        foreach (var row in StreamedRows.Read(command, map)) yield return row;
    }

    public IReadOnlyList<DocumentHeader> DocumentHeaders() => Query(StoredRecords.DocumentHeadersSql, StoredRecords.DocumentHeader);

    public IEnumerable<Event> LedgerEvents() => Stream(StoredRecords.LedgerEventsSql, StoredRecords.LedgerEventReader());

    public IEnumerable<Claim> LedgerClaims() => Stream(StoredRecords.LedgerClaimsSql, StoredRecords.LedgerClaimReader());

    /// <remarks>Through the document's key: the mentions' rows are keyed by it, their text id is not indexed.</remarks>
    public IReadOnlyList<Mention> Mentions(string docId, IReadOnlySet<MentionKind>? kinds = null) =>
        Query(MentionsSql, r => StoredMentions.Decode(r.GetString(0), kinds), ("@doc_id", docId)).SingleOrDefault() ?? [];

    internal const string MentionsSql =
        "SELECT m.mentions FROM document_mentions m JOIN documents d ON m.doc_key = d.key WHERE d.id = @doc_id";

    /// <summary>The ledger's stored cluster membership, one row per clustered event, read as it is enumerated.</summary>
    public IEnumerable<ClusterRow> ClusterRows() =>
        Stream("SELECT event_id, cluster_id, fingerprint FROM event_clusters ORDER BY event_id",
            r => new ClusterRow(r.GetString(0), r.GetString(1), r.GetString(2)));

    /// <summary>Writes the changed membership rows and deletes the rows of events no longer clustered, in one transaction.</summary>
    public void UpdateClusterRows(IEnumerable<ClusterRow> upserts, IReadOnlyCollection<string> deletedEventIds)
    {
        using var rows = upserts.GetEnumerator();
        var hasRows = rows.MoveNext();
        if (!hasRows && deletedEventIds.Count == 0) return;
        using var transaction = _connection.BeginTransaction();
        using var delete = Command("DELETE FROM event_clusters WHERE event_id = $id");
        delete.Transaction = transaction;
        var id = delete.Parameters.AddWithValue("$id", "");
        foreach (var eventId in deletedEventIds)
        {
            id.Value = eventId;
            delete.ExecuteNonQuery();
        }
        using var upsert = Command(
            "INSERT INTO event_clusters (event_id, cluster_id, fingerprint) VALUES ($id, $cluster, $fingerprint) " +
            "ON CONFLICT (event_id) DO UPDATE SET cluster_id = excluded.cluster_id, fingerprint = excluded.fingerprint");
        upsert.Transaction = transaction;
        var upsertId = upsert.Parameters.AddWithValue("$id", "");
        var cluster = upsert.Parameters.AddWithValue("$cluster", "");
        var fingerprint = upsert.Parameters.AddWithValue("$fingerprint", "");
        for (; hasRows; hasRows = rows.MoveNext())
        {
            (upsertId.Value, cluster.Value, fingerprint.Value) = (rows.Current.EventId, rows.Current.ClusterId, rows.Current.Fingerprint);
            upsert.ExecuteNonQuery();
        }
        transaction.Commit();
        _checkpoint?.AfterCommit();
    }

    public void Dispose()
    {
        _checkpoint?.Dispose();
        _writer.Dispose();
        _connection.Dispose();
    }

    private List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
