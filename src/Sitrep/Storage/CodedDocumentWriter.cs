using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// Reads a document's stored state and writes its rows, with statements prepared once per store and run within the
/// connection's open transaction. A stored document's row is deleted first, and the foreign keys cascade, so its old
/// events, claims, labels and mentions go with it.
/// </summary>
internal sealed class CodedDocumentWriter : IDisposable
{
    private readonly PreparedStatement _stored;
    private readonly PreparedStatement _delete;
    private readonly Dictionary<StoredTable, PreparedStatement> _inserts;

    public CodedDocumentWriter(SqliteConnection connection)
    {
        _stored = new PreparedStatement(connection, "SELECT content_hash, output_hash, resource_version FROM documents WHERE id = ?");
        _delete = new PreparedStatement(connection, "DELETE FROM documents WHERE id = ?");
        // By reference: the tables are the static instances, and a record's own hash would hash the name at every row.
        _inserts = StoredTable.All.ToDictionary<StoredTable, StoredTable, PreparedStatement>(t => t, t => PreparedStatement.Insert(connection, t), ReferenceEqualityComparer.Instance);
    }

    public StoredState? StoredState(string id) =>
        _stored.FirstRowText(id) is [var content, var output, var resources] ? new StoredState(content, output, resources) : null;

    /// <param name="replacing">Whether the document is stored already: a new one has no rows to delete.</param>
    public void Write(DocumentRows rows, string codedAt, bool replacing)
    {
        if (replacing) _delete.Run(rows.DocId);
        foreach (var (table, values) in rows.All(codedAt))
            _inserts[table].Run(values);
    }

    public void Dispose()
    {
        _stored.Dispose();
        _delete.Dispose();
        foreach (var insert in _inserts.Values) insert.Dispose();
    }
}
