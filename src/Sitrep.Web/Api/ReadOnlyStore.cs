using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Web.Api;

/// <summary>
/// The store the page serves, SQLite file or PostgreSQL URL, opened so that the database itself refuses every write:
/// SQLite in read-only mode, PostgreSQL in sessions with <c>default_transaction_read_only</c>. One pooled connection
/// per query, so requests run side by side, and `sitrep run` or workers keep writing while the page reads.
/// </summary>
public sealed class ReadOnlyStore : IDisposable
{
    private readonly string _store;
    private readonly DbDataSource _dataSource;

    private ReadOnlyStore(string store, DbDataSource dataSource, SqlDialect dialect)
    {
        _store = store;
        _dataSource = dataSource;
        Dialect = dialect;
    }

    /// <exception cref="StoreException">The store cannot be opened, holds nothing yet, or is at another schema version (it is never migrated).</exception>
    public static ReadOnlyStore Open(string store)
    {
        using (StoreFactory.OpenReadOnly(store)) { }
        return StoreFactory.IsPostgres(store)
            ? new ReadOnlyStore(store, NpgsqlDataSource.Create(PostgresUrl.ToReadOnlyConnectionString(store)), SqlDialect.Postgres)
            : new ReadOnlyStore(store, SqliteFactory.Instance.CreateDataSource(
                new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly }.ToString()), SqlDialect.Sqlite);
    }

    public SqlDialect Dialect { get; }

    /// <summary>The library's view of the same store, read-only too, for one request's use (it holds one connection).</summary>
    public IDocumentStore OpenDocuments() => StoreFactory.OpenReadOnly(_store);

    /// <summary>Runs a query whose values are all parameters (<c>@name</c>) and maps each row.</summary>
    public List<T> Query<T>(string sql, IEnumerable<KeyValuePair<string, object>> parameters, Func<DbDataReader, T> map)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map) => Query(sql, [], map);

    public void Dispose() => _dataSource.Dispose();
}
