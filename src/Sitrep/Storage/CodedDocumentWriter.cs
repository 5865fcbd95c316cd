using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// Reads a document's stored state and writes its rows, with statements prepared once per store. A stored document's row
/// is deleted first, and the foreign keys cascade, so its old events, claims, labels and mentions go with it.
/// </summary>
internal sealed class CodedDocumentWriter : IDisposable
{
    private readonly SqliteCommand _stored;
    private readonly SqliteCommand _delete;
    private readonly Dictionary<StoredTable, PreparedInsert> _inserts;

    public CodedDocumentWriter(SqliteConnection connection)
    {
        _stored = Prepared(connection, "SELECT content_hash, output_hash, resource_version FROM documents WHERE id = $id");
        _delete = Prepared(connection, "DELETE FROM documents WHERE id = $id");
        // By reference: the tables are the static instances, and a record's own hash would hash the name at every row.
        _inserts = StoredTable.All.ToDictionary<StoredTable, StoredTable, PreparedInsert>(t => t, t => new PreparedInsert(connection, t.Name, t.Columns), ReferenceEqualityComparer.Instance);
    }

    public StoredState? StoredState(SqliteTransaction transaction, string id)
    {
        _stored.Transaction = transaction;
        _stored.Parameters[0].Value = id;
        using var reader = _stored.ExecuteReader();
        return reader.Read() ? new StoredState(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    /// <param name="replacing">Whether the document is stored already: a new one has no rows to delete.</param>
    public void Write(SqliteTransaction transaction, DocumentRows rows, string codedAt, bool replacing)
    {
        if (replacing)
        {
            _delete.Transaction = transaction;
            _delete.Parameters[0].Value = rows.DocId;
            _delete.ExecuteNonQuery();
        }
        foreach (var (table, values) in rows.All(codedAt))
            _inserts[table].Run(values);
    }

    public void Dispose()
    {
        _stored.Dispose();
        _delete.Dispose();
        foreach (var insert in _inserts.Values) insert.Dispose();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$id", null));
        command.Prepare();
        return command;
    }
}
