using System.Text;
using Npgsql;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// Writes one coded document in a single round trip: a batch that deletes the document (its rows cascade) and
/// inserts each table's new rows with one multi-row <c>INSERT</c>. The caller owns the transaction.
/// </summary>
internal static class PostgresDocumentWriter
{
    /// <summary>PostgreSQL's limit on the parameters of one statement.</summary>
    private const int MaxParameters = 65_535;

    public static void Write(NpgsqlConnection connection, DocumentRows rows, string codedAt, params NpgsqlBatchCommand[] alsoRun)
    {
        using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM documents WHERE id = $1") { Parameters = { new() { Value = rows.DocId } } });
        foreach (var group in rows.All(codedAt).GroupBy(r => r.Table))
        foreach (var chunk in group.Select(r => r.Values).Chunk(MaxParameters / group.Key.Columns.Length))
            batch.BatchCommands.Add(Insert(group.Key, chunk));
        foreach (var command in alsoRun) batch.BatchCommands.Add(command);
        batch.ExecuteNonQuery();
    }

    private static NpgsqlBatchCommand Insert(StoredTable table, IReadOnlyList<object?[]> rows)
    {
        var sql = new StringBuilder($"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ");
        var command = new NpgsqlBatchCommand();
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < rows[r].Length; c++)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = ParameterValue(rows[r][c]) });
                sql.Append(c == 0 ? "$" : ", $").Append(command.Parameters.Count);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Text in a buffer (the mentions, most lists' JSON) goes to Npgsql as a string, as it always has.</summary>
    private static object ParameterValue(object? value) => value switch
    {
        null => DBNull.Value,
        ReadOnlyMemory<char> text => text.ToString(),
        _ => value,
    };
}
