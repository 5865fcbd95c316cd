using System.Text;
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
    /// <summary>A text value in UTF-8, reused from row to row (SQLite copies what is bound).</summary>
    private byte[] _utf8 = new byte[1024];

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
        string s => BindText(index, s),
        int n => raw.sqlite3_bind_int64(_statement, index, n),
        bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(_statement, index, d),
        _ => throw new ArgumentException($"No stored column holds a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// The file stores UTF-8, and converting here is much cheaper than SQLite converting UTF-16 when it builds the row
    /// (a tenth of a save). Text with surrogates keeps SQLite's conversion, which differs from .NET's on unpaired ones.
    /// </summary>
    private int BindText(int index, string text)
    {
        if (text.AsSpan().ContainsAnyInRange(FirstSurrogate, LastSurrogate))
            return raw.sqlite3_bind_text16(_statement, index, text.AsSpan());
        var room = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < room) _utf8 = new byte[room];
        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    private const char FirstSurrogate = '\uD800';
    private const char LastSurrogate = '\uDFFF';

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _database);
    }
}
