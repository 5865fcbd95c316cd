using Microsoft.Data.Sqlite;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>A writer on a real SQLite file in WAL mode, with rounds of a few pages so that each test goes through several.</summary>
public sealed class BackgroundCheckpointTests : IDisposable
{
    private const int PagesPerRound = 4;
    private const int MaxWritesPerRound = 100;

    private readonly TempStoreFolder _folder = new();
    private readonly SqliteConnection _writer;
    private long _rows;

    public BackgroundCheckpointTests()
    {
        _writer = Open();
        Run(_writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE TABLE notes (body TEXT NOT NULL);");
    }

    private string DatabasePath => _folder.File("log.db");

    public void Dispose()
    {
        _writer.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task TheWriterStartsTheLogOverOnceThePassesBesideItAreDone()
    {
        using var checkpoint = new BackgroundCheckpoint(_writer, PagesPerRound);
        var fileBefore = new FileInfo(DatabasePath).Length;
        await WriteUntilPassesStart(checkpoint);
        // Only a checkpoint puts pages in the database file: the passes beside the writer copied some.
        Assert.True(new FileInfo(DatabasePath).Length > fileBefore);

        Write(checkpoint);
        Assert.Equal(0, checkpoint.PagesInLog);
        Write(checkpoint);

        Assert.InRange(PagesInLog(), 1, PagesPerRound - 1);
        Assert.Equal(_rows, Count(_writer));
    }

    [Fact]
    public async Task AReaderOnOlderPagesKeepsTheLogUntilItHasGone()
    {
        using var checkpoint = new BackgroundCheckpoint(_writer, PagesPerRound);
        Write(checkpoint);
        using (var reader = Open())
        {
            Run(reader, "BEGIN");
            var seen = Count(reader);
            await WriteUntilPassesStart(checkpoint);
            Write(checkpoint);

            Assert.True(checkpoint.PagesInLog > 0);
            Assert.Equal(seen, Count(reader));
            Run(reader, "COMMIT");
        }

        await WriteUntilPassesStart(checkpoint);
        Write(checkpoint);

        Assert.Equal(0, checkpoint.PagesInLog);
        Assert.Equal(_rows, Count(_writer));
    }

    [Fact]
    public void ClosingDuringAPassLosesNothing()
    {
        using (var checkpoint = new BackgroundCheckpoint(_writer, PagesPerRound))
            WriteUntilPassesStart(checkpoint);
        _writer.Close();

        using var again = Open();
        Assert.Equal(_rows, Count(again));
        Assert.Equal("ok", Scalar(again, "PRAGMA integrity_check"));
    }

    /// <summary>Rows of a few kilobytes, one commit each: a page or two of log a commit.</summary>
    private void Write(BackgroundCheckpoint checkpoint)
    {
        using var insert = _writer.CreateCommand();
        insert.CommandText = "INSERT INTO notes (body) VALUES ($body)";
        insert.Parameters.AddWithValue("$body", new string('n', 3_000) + _rows);
        insert.ExecuteNonQuery();
        _rows++;
        checkpoint.AfterCommit();
    }

    private Task WriteUntilPassesStart(BackgroundCheckpoint checkpoint)
    {
        for (var i = 0; i < MaxWritesPerRound && checkpoint.Passes is null; i++) Write(checkpoint);
        return checkpoint.Passes ?? throw new InvalidOperationException($"No pass began in {MaxWritesPerRound} writes.");
    }

    /// <summary>The log's length in pages, as a checkpoint on a connection of the test's own tells it (copying them too).</summary>
    private long PagesInLog()
    {
        using var probe = Open();
        using var command = probe.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return reader.GetInt64(1);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static long Count(SqliteConnection connection) => (long)Scalar(connection, "SELECT count(*) FROM notes")!;

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Run(SqliteConnection connection, string sql) => Scalar(connection, sql);
}
