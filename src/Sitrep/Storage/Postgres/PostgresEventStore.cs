using System.Data.Common;
using System.Globalization;
using Npgsql;
using Sitrep.Model;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// A shared store on a PostgreSQL server, with the same tables, values and row order as <see cref="SqliteEventStore"/>.
/// One instance holds one connection and is not thread-safe; each worker opens its own.
/// </summary>
public sealed class PostgresEventStore : IDocumentStore
{
    private readonly string _url;
    private readonly NpgsqlConnection _connection;
    private readonly TimeProvider _clock = TimeProvider.System;

    private PostgresEventStore(string url, NpgsqlConnection connection)
    {
        _url = url;
        _connection = connection;
    }

    /// <summary>Connects to the store at <paramref name="url"/> (<c>postgres://…</c>), creating or upgrading its schema.</summary>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static PostgresEventStore Open(string url) => new(url, PostgresDatabase.Connect(url));

    /// <summary>
    /// Connects for reading only (<see cref="PostgresUrl.ToReadOnlyConnectionString"/>: the server refuses any write in
    /// the session) to a store at this code's schema version, creating and migrating nothing.
    /// </summary>
    /// <exception cref="StoreException">The server cannot be reached or refuses the login, or the database holds no store or another schema version.</exception>
    public static PostgresEventStore OpenReadOnly(string url) => new(url, PostgresDatabase.ConnectReadOnly(url));

    /// <summary>As <see cref="SqliteEventStore.Save"/>: one transaction, and nothing written when nothing changed.</summary>
    public SaveOutcome Save(CodedDocument coded, string coderVersion) => SaveAll([coded], coderVersion)[0];

    /// <summary>
    /// As <see cref="SqliteEventStore.SaveAll"/>: one transaction for the batch, each document replaced whole or not at
    /// all. A commit waits for the server's disk, so committing once a batch rather than once a document is what lets
    /// `sitrep run` into PostgreSQL keep up with its coders; the batch's stored states are read in one query.
    /// </summary>
    public IReadOnlyList<SaveOutcome> SaveAll(IReadOnlyList<CodedDocument> batch, string coderVersion)
    {
        if (batch.Count == 0) return [];
        var current = batch[0].Document.Id;
        try
        {
            using var transaction = _connection.BeginTransaction();
            var stored = StoredStates(batch.Select(c => c.Document.Id).ToArray());
            var codedAt = Now();
            var outcomes = new SaveOutcome[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                current = batch[i].Document.Id;
                using var rows = DocumentRows.Of(batch[i], coderVersion);
                var before = stored.GetValueOrDefault(current);
                if (before == rows.State)
                {
                    outcomes[i] = SaveOutcome.Unchanged;
                    continue;
                }
                PostgresDocumentWriter.Write(_connection, rows, codedAt);
                outcomes[i] = before is null ? SaveOutcome.Added : SaveOutcome.Replaced;
            }
            transaction.Commit();
            return outcomes;
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"Could not save document {current}: {StoreException.OneLine(ex.Message)}", ex);
        }
    }

    /// <summary>The stored state of those of <paramref name="ids"/> the store holds, their rows locked until the transaction ends.</summary>
    private Dictionary<string, StoredState> StoredStates(string[] ids) =>
        PostgresDatabase.Query(_connection,
                "SELECT id, content_hash, output_hash, resource_version FROM documents WHERE id = ANY($1) FOR UPDATE",
                r => (Id: r.GetString(0), State: new StoredState(r.GetString(1), r.GetString(2), r.GetString(3))), (object)ids)
            .ToDictionary(s => s.Id, s => s.State, StringComparer.Ordinal);

    public bool IsCurrent(Document document, string coderVersion)
    {
        try
        {
            return PostgresDatabase.Query(_connection,
                    "SELECT content_hash FROM documents WHERE id = $1 AND resource_version = $2",
                    r => r.GetString(0), document.Id, coderVersion).SingleOrDefault() is { } stored
                && stored == Fingerprint.Of(document);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"Could not read document {document.Id}: {StoreException.OneLine(ex.Message)}", ex);
        }
    }

    public IDocumentStore OpenReader() => OpenReadOnly(_url);

    public void RecordFailure(string origin, string reason) =>
        PostgresDatabase.Execute(_connection, "INSERT INTO failures (origin, reason, at) VALUES ($1, $2, $3)", origin, reason, Now());

    /// <summary>Inputs that failed, then documents the workers could not code.</summary>
    public IReadOnlyList<(string Origin, string Reason)> Failures() =>
        PostgresDatabase.Query(_connection,
            """
            SELECT origin, reason FROM (
                SELECT origin, reason, 0 AS part, id AS n FROM failures
                UNION ALL SELECT origin, reason, 1, seq FROM queue WHERE status = 'failed') f
            ORDER BY part, n
            """,
            StoredRecords.Failure);

    public IReadOnlyList<Document> Documents() =>
        PostgresDatabase.Query(_connection, StoredRecords.DocumentsSql + " ORDER BY id", StoredRecords.Document);

    public Document? Document(string id) =>
        PostgresDatabase.Query(_connection, StoredRecords.DocumentsSql + " WHERE id = $1", StoredRecords.Document, id).SingleOrDefault();

    public IEnumerable<Event> ReadEvents(string? docId = null) => Stream(StoredRecords.Events, docId);

    public IEnumerable<Claim> ReadClaims(string? docId = null) => Stream(StoredRecords.Claims, docId);

    public IEnumerable<Label> ReadLabels(string? docId = null) => Stream(StoredRecords.Labels, docId);

    /// <remarks>
    /// On a read-only connection of its own, opened at the first row asked for: Npgsql runs one command at a time on
    /// a connection, and the caller may query the store while it enumerates.
    /// </remarks>
    private IEnumerable<T> Stream<T>(StoredQuery<T> query, string? docId) => Stream(query.Sql(docId), query.Map, docId);

    private IEnumerable<T> Stream<T>(string sql, Func<DbDataReader, T> map, string? docId = null)
    {
        using var connection = PostgresDatabase.ConnectReadOnly(_url);
        using var command = PostgresDatabase.Command(connection, sql, docId is null ? [] : [new NpgsqlParameter("doc_id", docId)]);
        foreach (var row in StreamedRows.Read(command, map)) yield return row;
    }

    public IReadOnlyList<DocumentHeader> DocumentHeaders() =>
        PostgresDatabase.Query(_connection, StoredRecords.DocumentHeadersSql, StoredRecords.DocumentHeader);

    public IEnumerable<Event> LedgerEvents() => Stream(StoredRecords.LedgerEventsSql, StoredRecords.LedgerEventReader());

    public IEnumerable<Claim> LedgerClaims() => Stream(StoredRecords.LedgerClaimsSql, StoredRecords.LedgerClaimReader());

    public IReadOnlyList<Mention> Mentions(string docId, IReadOnlySet<MentionKind>? kinds = null) =>
        PostgresDatabase.Query(_connection, MentionsSql, r => StoredMentions.Decode(r.GetString(0), kinds), new NpgsqlParameter("doc_id", docId))
            .SingleOrDefault() ?? [];

    /// <summary>One row or none (a document without mentions), found by the document's id, which keys the row here.</summary>
    private const string MentionsSql = "SELECT mentions FROM document_mentions WHERE doc_id = @doc_id";

    public void Dispose() => _connection.Dispose();

    private string Now() => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
