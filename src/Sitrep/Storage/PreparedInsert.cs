using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>One prepared <c>INSERT</c>, compiled once and run for every row, values given in column order.</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;

    public PreparedInsert(SqliteConnection connection, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        foreach (var column in columns)
            _command.Parameters.Add(new SqliteParameter("$" + column, null));
        _command.Prepare();
    }

    public void Run(SqliteTransaction transaction, params object?[] values)
    {
        _command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
