using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// Reads a document's stored state and writes its rows, with statements prepared once per store and run within the
/// connection's open transaction. A stored document's row is deleted first, and the foreign keys cascade, so its old
/// events, claims, labels and mentions go with it. Its other rows carry the integer key SQLite gives its row
/// (<c>doc_key</c>), so that they are stored in the order documents are, whatever their ids. Its claims and its labels
/// are stored as one row each (<see cref="JsonRows"/>).
/// </summary>
internal sealed class CodedDocumentWriter : IDisposable
{
    private readonly PreparedStatement _stored;
    private readonly PreparedStatement _delete;
    private readonly PreparedStatement _insertDocument;
    /// <summary>
    /// Each child table's insert, found by <see cref="InsertInto"/>; for a table SQLite keeps one row a document of, the
    /// rows gathered for it (<see cref="JsonRows"/>), which the insert writes once the document's rows are all read.
    /// </summary>
    private readonly (StoredTable Table, PreparedStatement Insert, JsonRows? Folded)[] _inserts;

    public CodedDocumentWriter(SqliteConnection connection)
    {
        _stored = new PreparedStatement(connection, "SELECT content_hash, output_hash, resource_version FROM documents WHERE id = ?");
        _delete = new PreparedStatement(connection, "DELETE FROM documents WHERE id = ?");
        _insertDocument = PreparedStatement.Insert(connection, StoredTable.Documents);
        _inserts = StoredTable.All.Where(t => !ReferenceEquals(t, StoredTable.Documents)).Select(t => Insert(connection, t)).ToArray();
    }

    private static (StoredTable, PreparedStatement, JsonRows?) Insert(SqliteConnection connection, StoredTable table) =>
        FoldedInto(table) is { } into
            ? (table, PreparedStatement.Insert(connection, into, lastColumn: "doc_key"), new JsonRows(table))
            : (table, PreparedStatement.Insert(connection, table, lastColumn: "doc_key"), null);

    /// <summary>The table of one row a document that SQLite keeps the table's rows in (schema 6), if it does.</summary>
    private static StoredTable? FoldedInto(StoredTable table) =>
        ReferenceEquals(table, StoredTable.Claims) ? new StoredTable("document_claims", "doc_id", "claims")
        : ReferenceEquals(table, StoredTable.Labels) ? new StoredTable("document_labels", "doc_id", "labels")
        : null;

    public StoredState? StoredState(string id) =>
        _stored.FirstRowText(id) is [var content, var output, var resources] ? new StoredState(content, output, resources) : null;

    /// <param name="replacing">Whether the document is stored already: a new one has no rows to delete.</param>
    public void Write(DocumentRows rows, string codedAt, bool replacing)
    {
        if (replacing) _delete.Run(rows.DocId);
        // Emptied first, not last: a row SQLite refused leaves the rest of its document unwritten.
        foreach (var (_, _, folded) in _inserts) folded?.Clear();
        long documentKey = 0;
        foreach (var (table, values) in rows.All(codedAt))
            if (ReferenceEquals(table, StoredTable.Documents))
            {
                _insertDocument.Run(values);
                documentKey = _insertDocument.LastInsertRowId;
            }
            else
            {
                var (insert, folded) = InsertInto(table);
                if (folded is null) insert.Run(values, documentKey);
                else folded.Add(values);
            }
        foreach (var (_, insert, folded) in _inserts)
            if (folded is { Count: > 0 }) insert.Run([rows.DocId, folded.Text()], documentKey);
    }

    public void Dispose()
    {
        _stored.Dispose();
        _delete.Dispose();
        _insertDocument.Dispose();
        foreach (var (_, insert, folded) in _inserts)
        {
            insert.Dispose();
            folded?.Dispose();
        }
    }

    /// <summary>
    /// By reference, among the few: the tables are the static instances, and a dictionary with a reference comparer cost
    /// more per row than the comparisons (a record's own equality would compare the name and every column).
    /// </summary>
    private (PreparedStatement Insert, JsonRows? Folded) InsertInto(StoredTable table)
    {
        foreach (var (candidate, insert, folded) in _inserts)
            if (ReferenceEquals(candidate, table)) return (insert, folded);
        throw new ArgumentException($"No insert for table {table.Name}.", nameof(table));
    }
}
