using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// Reads a document's stored state and writes its rows, with statements prepared once per store. The document row
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
        _inserts = StoredTable.All.ToDictionary(t => t, t => new PreparedInsert(connection, t.Name, t.Columns));
    }

    public StoredState? StoredState(SqliteTransaction transaction, string id)
    {
        _stored.Transaction = transaction;
        _stored.Parameters[0].Value = id;
        using var reader = _stored.ExecuteReader();
        return reader.Read() ? new StoredState(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public void Write(SqliteTransaction transaction, DocumentRows rows, string codedAt)
    {
        _delete.Transaction = transaction;
        _delete.Parameters[0].Value = rows.DocId;
        _delete.ExecuteNonQuery();
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
