using Microsoft.Data.Sqlite;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// Writes one coded document's rows with statements prepared once per store. The document row is
/// deleted first, and the foreign keys cascade, so its old events, claims, labels and mentions go with it.
/// </summary>
internal sealed class CodedDocumentWriter : IDisposable
{
    private readonly SqliteCommand _delete;
    private readonly Dictionary<StoredTable, PreparedInsert> _inserts;

    public CodedDocumentWriter(SqliteConnection connection)
    {
        _delete = connection.CreateCommand();
        _delete.CommandText = "DELETE FROM documents WHERE id = $id";
        _delete.Parameters.Add(new SqliteParameter("$id", null));
        _delete.Prepare();
        _inserts = StoredTable.All.ToDictionary(t => t, t => new PreparedInsert(connection, t.Name, t.Columns));
    }

    public void Write(SqliteTransaction transaction, CodedDocument coded, StoredState state, string codedAt)
    {
        _delete.Transaction = transaction;
        _delete.Parameters[0].Value = coded.Document.Id;
        _delete.ExecuteNonQuery();
        foreach (var (table, values) in DocumentRows.Of(coded, state, codedAt))
            _inserts[table].Run(transaction, values);
    }

    public void Dispose()
    {
        _delete.Dispose();
        foreach (var insert in _inserts.Values) insert.Dispose();
    }
}
