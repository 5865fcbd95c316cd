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
    public SaveOutcome Save(CodedDocument coded, string coderVersion)
    {
        using var rows = DocumentRows.Of(coded, coderVersion);
        try
        {
            using var transaction = _connection.BeginTransaction();
            var stored = PostgresDatabase.Query(_connection,
                "SELECT content_hash, output_hash, resource_version FROM documents WHERE id = $1 FOR UPDATE",
                r => new StoredState(r.GetString(0), r.GetString(1), r.GetString(2)), coded.Document.Id).SingleOrDefault();
            if (stored == rows.State) return SaveOutcome.Unchanged;
            PostgresDocumentWriter.Write(_connection, rows, Now());
            transaction.Commit();
            return stored is null ? SaveOutcome.Added : SaveOutcome.Replaced;
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"Could not save document {coded.Document.Id}: {PostgresDatabase.OneLine(ex.Message)}", ex);
        }
    }

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
            throw new StoreException($"Could not read document {document.Id}: {PostgresDatabase.OneLine(ex.Message)}", ex);
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

    public IEnumerable<Event> ReadEvents(string? docId = null) =>
        Stream(docId is null ? StoredRecords.EventsSql : StoredRecords.DocumentEventsSql, StoredRecords.Event, docId);

    public IEnumerable<Claim> ReadClaims(string? docId = null) =>
        Stream(docId is null ? StoredRecords.ClaimsSql : StoredRecords.DocumentClaimsSql, StoredRecords.Claim, docId);

    public IEnumerable<Label> ReadLabels(string? docId = null) =>
        Stream(docId is null ? StoredRecords.LabelsSql : StoredRecords.DocumentLabelsSql, StoredRecords.Label, docId);

    public IReadOnlyList<Event> Events() => ReadEvents().ToList();

    public IReadOnlyList<Claim> Claims() => ReadClaims().ToList();

    public IReadOnlyList<Label> Labels() => ReadLabels().ToList();

    /// <remarks>
    /// On a read-only connection of its own, opened at the first row asked for: Npgsql runs one command at a time on
    /// a connection, and the caller may query the store while it enumerates.
    /// </remarks>
    private IEnumerable<T> Stream<T>(string sql, Func<DbDataReader, T> map, string? docId)
    {
        using var connection = PostgresDatabase.ConnectReadOnly(_url);
        using var command = PostgresDatabase.Command(connection, sql, docId is null ? [] : [new NpgsqlParameter("doc_id", docId)]);
        foreach (var row in StreamedRows.Read(command, map)) yield return row;
    }

    public IReadOnlyList<Mention> Mentions(string docId) =>
        PostgresDatabase.Query(_connection, MentionsSql, StoredRecords.Mentions, new NpgsqlParameter("doc_id", docId))
            .SingleOrDefault() ?? [];

    /// <summary>One row or none (a document without mentions), found by the document's id, which keys the row here.</summary>
    private const string MentionsSql = "SELECT mentions FROM document_mentions WHERE doc_id = @doc_id";

    public void Dispose() => _connection.Dispose();

    private string Now() => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
