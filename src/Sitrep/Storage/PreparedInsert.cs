using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Storage;

/// <summary>
/// One prepared <c>INSERT</c>, compiled once and run for every row, values given in column order, within the
/// connection's open transaction. It binds values by position on SQLite's own statement: Microsoft.Data.Sqlite looks
/// every parameter up by name on every run, which made writing an event row (29 columns) cost more than coding it.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public PreparedInsert(SqliteConnection connection, string table, params string[] columns)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <exception cref="SqliteException">SQLite refused the row (a constraint, a full disk…).</exception>
    public void Run(params object?[] values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++)
                Check(Bind(i + 1, values[i]));
            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE) Check(result);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>Values as Microsoft.Data.Sqlite stores them: text, integers (booleans 0 and 1), reals, null.</summary>
    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string s => raw.sqlite3_bind_text16(_statement, index, s.AsSpan()),
        int n => raw.sqlite3_bind_int64(_statement, index, n),
        bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(_statement, index, d),
        _ => throw new ArgumentException($"No stored column holds a {value.GetType().Name}.", nameof(value)),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _database);
    }
}
