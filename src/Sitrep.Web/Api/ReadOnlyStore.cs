using Microsoft.Data.Sqlite;

namespace Sitrep.Web.Api;

/// <summary>
/// Opens the store file read-only, one connection per request: SQLite itself refuses any write through it,
/// and the store's WAL mode lets `sitrep run` keep writing while the page reads.
/// </summary>
public sealed class ReadOnlyStore(string path)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
    }.ToString();

    public string Path { get; } = path;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs a query whose values are all parameters and maps each row.</summary>
    public List<T> Query<T>(string sql, IEnumerable<KeyValuePair<string, object>> parameters, Func<SqliteDataReader, T> map)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map) => Query(sql, [], map);
}
