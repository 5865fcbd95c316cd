using System.Data.Common;
using Npgsql;

namespace Sitrep.Storage.Postgres;

/// <summary>Opening a connection to a store URL (schema brought up to date) and the small query helpers its users share.</summary>
internal static class PostgresDatabase
{
    /// <exception cref="StoreException">The server cannot be reached or refuses the login, or the schema is too new.</exception>
    /// <param name="sessionSettings">Settings (<c>name=value</c>) the server makes at login for the whole session.</param>
    public static NpgsqlConnection Connect(string url, params string[] sessionSettings) =>
        Connect(url, PostgresUrl.ToConnectionString(url, sessionSettings), connection => PostgresSchema.Upgrade(connection, url));

    /// <summary>A session in which the server refuses every write, to a store at this code's schema version.</summary>
    /// <exception cref="StoreException">The server cannot be reached or refuses the login, or the store is missing, older or newer.</exception>
    public static NpgsqlConnection ConnectReadOnly(string url) =>
        Connect(url, PostgresUrl.ToReadOnlyConnectionString(url), connection => PostgresSchema.RequireCurrent(connection, url));

    private static NpgsqlConnection Connect(string url, string connectionString, Action<NpgsqlConnection> checkSchema)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            checkSchema(connection);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or StoreException)
        {
            connection.Dispose();
            throw e as StoreException ?? new StoreException($"Cannot open store {PostgresUrl.Redacted(url)}: {StoreException.OneLine(e.Message)}", e);
        }
    }

    /// <summary>A command whose parameters are values for <c>$1</c>, <c>$2</c>… or, all of them, named <see cref="NpgsqlParameter"/>s.</summary>
    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    public static List<T> Query<T>(NpgsqlConnection connection, string sql, Func<DbDataReader, T> map, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public static int Execute(NpgsqlConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }
}
