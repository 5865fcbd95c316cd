using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Storage;

/// <summary>
/// One statement compiled once and run for every row, values given in parameter order, within the connection's open
/// transaction. It binds values by position on SQLite's own statement: Microsoft.Data.Sqlite looks every parameter up
/// by name on every run, which made writing an event row (29 columns) cost more than coding it, and its command and
/// data reader cost more than the one-row lookup they ran.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    /// <summary>A text value in UTF-8, reused from row to row (SQLite copies what is bound).</summary>
    private byte[] _utf8 = new byte[1024];

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>An insert of the table's columns, then of <paramref name="lastColumn"/> when one is given.</summary>
    public static PreparedStatement Insert(SqliteConnection connection, StoredTable table, string? lastColumn = null)
    {
        string[] columns = lastColumn is null ? table.Columns : [.. table.Columns, lastColumn];
        return new(connection, $"INSERT INTO {table.Name} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})");
    }

    /// <summary>The row id SQLite gave the last row inserted through this connection.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_database);

    /// <summary>Runs a statement that returns no rows.</summary>
    /// <exception cref="SqliteException">SQLite refused the row (a constraint, a full disk…).</exception>
    public void Run(params object?[] values) => Run(values, last: null);

    /// <summary>Runs a statement that returns no rows, <paramref name="last"/> bound after the values when given.</summary>
    /// <exception cref="SqliteException">SQLite refused the row (a constraint, a full disk…).</exception>
    public void Run(object?[] values, long? last)
    {
        try
        {
            BindAll(values);
            if (last is { } value) Check(raw.sqlite3_bind_int64(_statement, values.Length + 1, value));
            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE) Check(result);
        }
        finally { Reset(); }
    }

    /// <summary>Runs a query and reads its first row's columns as text, or null when it returns no row.</summary>
    public string[]? FirstRowText(params object?[] values)
    {
        try
        {
            BindAll(values);
            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_DONE) return null;
            if (result != raw.SQLITE_ROW) Check(result);
            var row = new string[raw.sqlite3_column_count(_statement)];
            for (var i = 0; i < row.Length; i++)
                row[i] = raw.sqlite3_column_text(_statement, i).utf8_to_string();
            return row;
        }
        finally { Reset(); }
    }

    public void Dispose() => _statement.Dispose();

    private void BindAll(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            Check(Bind(i + 1, values[i]));
    }

    /// <summary>
    /// Ready for the next run, every parameter back to NULL: binding then skips null values, many of an event row's
    /// (a place's nine columns when it has none, a second actor, casualties).
    /// </summary>
    private void Reset()
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
    }

    /// <summary>Values as Microsoft.Data.Sqlite stores them: text (a string, characters or UTF-8 bytes in a buffer), integers (booleans 0 and 1), reals, null.</summary>
    private int Bind(int index, object? value) => value switch
    {
        null => raw.SQLITE_OK,
        string s => BindText(index, s),
        ReadOnlyMemory<char> m => BindText(index, m.Span),
        ReadOnlyMemory<byte> utf8 => raw.sqlite3_bind_text(_statement, index, utf8.Span),
        int n => raw.sqlite3_bind_int64(_statement, index, n),
        bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(_statement, index, d),
        _ => throw new ArgumentException($"No stored column holds a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// The file stores UTF-8, and converting here is much cheaper than SQLite converting UTF-16 when it builds the row
    /// (a tenth of a save). An unpaired surrogate is stored as U+FFFD, as in the JSON of <see cref="JsonRows"/>: SQLite's
    /// own conversion paired it with the character after it, which was lost.
    /// </summary>
    private int BindText(int index, ReadOnlySpan<char> text)
    {
        var room = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < room) _utf8 = new byte[room];
        Utf8.FromUtf16(text, _utf8, out _, out var length);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _database);
    }
}
