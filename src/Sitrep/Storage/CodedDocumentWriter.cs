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
    /// <summary>Each child table's insert, found by <see cref="InsertInto"/>.</summary>
    private readonly (StoredTable Table, PreparedStatement Insert)[] _inserts;
    /// <summary>The tables whose rows are gathered into one value a document, and the insert of that value.</summary>
    private readonly (StoredTable Table, JsonRows Rows, PreparedStatement Insert)[] _folded;

    public CodedDocumentWriter(SqliteConnection connection)
    {
        _stored = new PreparedStatement(connection, "SELECT content_hash, output_hash, resource_version FROM documents WHERE id = ?");
        _delete = new PreparedStatement(connection, "DELETE FROM documents WHERE id = ?");
        _insertDocument = PreparedStatement.Insert(connection, StoredTable.Documents);
        _folded =
        [
            Folded(connection, StoredTable.Claims, new StoredTable("document_claims", "doc_id", "claims")),
            Folded(connection, StoredTable.Labels, new StoredTable("document_labels", "doc_id", "labels")),
        ];
        _inserts = StoredTable.All.Where(t => !ReferenceEquals(t, StoredTable.Documents) && _folded.All(f => !ReferenceEquals(f.Table, t)))
            .Select(t => (t, PreparedStatement.Insert(connection, t, lastColumn: "doc_key"))).ToArray();
    }

    private static (StoredTable, JsonRows, PreparedStatement) Folded(SqliteConnection connection, StoredTable table, StoredTable into) =>
        (table, new JsonRows(table), PreparedStatement.Insert(connection, into, lastColumn: "doc_key"));

    public StoredState? StoredState(string id) =>
        _stored.FirstRowText(id) is [var content, var output, var resources] ? new StoredState(content, output, resources) : null;

    /// <param name="replacing">Whether the document is stored already: a new one has no rows to delete.</param>
    public void Write(DocumentRows rows, string codedAt, bool replacing)
    {
        if (replacing) _delete.Run(rows.DocId);
        // Emptied first, not last: a row SQLite refused leaves the rest of its document unwritten.
        foreach (var (_, folded, _) in _folded) folded.Clear();
        long documentKey = 0;
        foreach (var (table, values) in rows.All(codedAt))
            if (ReferenceEquals(table, StoredTable.Documents))
            {
                _insertDocument.Run(values);
                documentKey = _insertDocument.LastInsertRowId;
            }
            else if (FoldedInto(table) is { } folded) folded.Add(values);
            else InsertInto(table).Run(values, documentKey);
        foreach (var (_, folded, insert) in _folded)
            if (folded.Count > 0) insert.Run([rows.DocId, folded.Text()], documentKey);
    }

    public void Dispose()
    {
        _stored.Dispose();
        _delete.Dispose();
        _insertDocument.Dispose();
        foreach (var (_, insert) in _inserts) insert.Dispose();
        foreach (var (_, rows, insert) in _folded)
        {
            rows.Dispose();
            insert.Dispose();
        }
    }

    private JsonRows? FoldedInto(StoredTable table)
    {
        foreach (var (candidate, rows, _) in _folded)
            if (ReferenceEquals(candidate, table)) return rows;
        return null;
    }

    /// <summary>
    /// By reference, among the few: the tables are the static instances, and a dictionary with a reference comparer cost
    /// more per row than the comparisons (a record's own equality would compare the name and every column).
    /// </summary>
    private PreparedStatement InsertInto(StoredTable table)
    {
        foreach (var (candidate, insert) in _inserts)
            if (ReferenceEquals(candidate, table)) return insert;
        throw new ArgumentException($"No insert for table {table.Name}.", nameof(table));
    }
}
