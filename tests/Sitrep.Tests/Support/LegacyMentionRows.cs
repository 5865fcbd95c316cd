using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Model;

namespace Sitrep.Tests.Support;

/// <summary>
/// Turns a store back into the layout of schema version 3 (SQLite) or 2 (PostgreSQL), where each mention was a row of
/// the <c>mentions</c> table, so that the migration to one row per document can be tested on what older Sitreps wrote.
/// In SQLite, claims and labels go back into tables of their own too, as before version 6.
/// </summary>
public static class LegacyMentionRows
{
    private const string Columns = "doc_id, position, kind, start, length, value, entry, detail";

    /// <summary>The table as the first migration created it, in SQLite.</summary>
    private const string SqliteTable =
        """
        CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            value TEXT NOT NULL,
            entry TEXT NOT NULL,
            detail TEXT,
            PRIMARY KEY (doc_id, position)
        )
        """;

    public static void RevertSqlite(string path, IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentions, int version)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        foreach (var table in new[] { "claims", "labels" })
            Execute(connection, $"CREATE TABLE {table}_rows AS SELECT * FROM {table}; DROP VIEW {table}; DROP TABLE document_{table}; " +
                                $"ALTER TABLE {table}_rows RENAME TO {table}");
        Revert(connection, SqliteTable, mentions, $"PRAGMA user_version = {version}");
    }

    public static void RevertPostgres(NpgsqlConnection connection, IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentions, int version) =>
        Revert(connection, SqliteTable.Replace("doc_id TEXT", "doc_id TEXT COLLATE \"C\"", StringComparison.Ordinal), mentions,
            $"UPDATE sitrep_schema SET version = {version}");

    private static void Revert(DbConnection connection, string createTable, IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentions, string setVersion)
    {
        Execute(connection, "DROP TABLE document_mentions");
        Execute(connection, createTable);
        foreach (var (docId, list) in mentions)
            for (var i = 0; i < list.Count; i++)
            {
                var m = list[i];
                Execute(connection, $"INSERT INTO mentions ({Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
                    docId, i, m.Kind.ToString(), m.Span.Start, m.Span.Length, m.Value, m.Entry, m.Detail);
            }
        Execute(connection, setVersion);
    }

    private static void Execute(DbConnection connection, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        command.ExecuteNonQuery();
    }
}
