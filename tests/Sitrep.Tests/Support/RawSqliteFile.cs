using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Tests.Support;

/// <summary>Looks into a SQLite file behind the store's back, to check what it actually wrote.</summary>
public static class RawSqliteFile
{
    public static string Dump(string path)
    {
        using var connection = Open(path);
        var dump = new StringBuilder();
        foreach (var table in Column(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            dump.Append("== ").AppendLine(table);
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++)
                    dump.Append(reader.GetName(i)).Append('=').Append(reader.GetValue(i)).Append(i + 1 < reader.FieldCount ? " | " : "\n");
        }
        return dump.ToString();
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Runs statements that return nothing, such as a store's dump.</summary>
    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static IReadOnlyList<string> Column(string path, string sql)
    {
        using var connection = Open(path);
        return Column(connection, sql);
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
