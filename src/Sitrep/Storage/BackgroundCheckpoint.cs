using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Storage;

/// <summary>
/// Copies a writer's write-ahead log into the database file on a connection and thread of its own, so that the writer
/// seldom stops for the disk's flushes. SQLite's own checkpoint runs inside the commit that takes the log past its
/// mark and syncs the log and the file there: on a disk whose flushes take tens of milliseconds, the coders waited for
/// it through a sixth of a 50 MB run (bench/RESULTS.md, fifteenth and sixteenth rounds).
/// </summary>
/// <remarks>
/// SQLite starts the log over only when a writer begins a transaction with every page of the log already in the file,
/// and a writer that never stops is always ahead of a checkpoint running beside it. So the passes beside the writer
/// copy the log until little is new (the long syncs happen there), then the writer, between two transactions, copies
/// the few pages it wrote since: a short checkpoint, after which its next transaction starts the log over. A reader
/// still on old pages can keep the log from being all copied; the log then grows until a later round finds the reader
/// gone, as with SQLite's own checkpoint, which stays on as a bound.
/// </remarks>
internal sealed class BackgroundCheckpoint : IDisposable
{
    /// <summary>SQLite's default mark for its own checkpoint (<c>wal_autocheckpoint</c>), in pages.</summary>
    public const int DefaultPagesPerRound = 1_000;
    private const int BoundInRounds = 4;
    /// <summary>Passes beside the writer stop once one finds fewer new pages than this.</summary>
    private const int LeftForTheWriter = 128;
    private const int MaxPasses = 8;

    private readonly SqliteConnection _writer;
    private readonly int _pagesPerRound;
    private readonly Lazy<SqliteConnection> _own;
    private long _nextRound;

    /// <param name="writer">The writer's open connection, in WAL mode.</param>
    public BackgroundCheckpoint(SqliteConnection writer, int pagesPerRound = DefaultPagesPerRound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pagesPerRound, 1);
        _writer = writer;
        _pagesPerRound = pagesPerRound;
        _nextRound = pagesPerRound;
        var connectionString = writer.ConnectionString;
        _own = new Lazy<SqliteConnection>(() =>
        {
            var own = new SqliteConnection(connectionString);
            own.Open();
            return own;
        });
        SqliteEventStore.Execute(writer, $"PRAGMA wal_autocheckpoint = {BoundInRounds * pagesPerRound};");
    }

    /// <summary>Pages the writer has put in the log since the log last started over (as far as this round knows).</summary>
    public long PagesInLog { get; private set; }

    /// <summary>The passes under way beside the writer, if any.</summary>
    public Task? Passes { get; private set; }

    /// <summary>To be called by the writer after each commit, outside any transaction.</summary>
    public void AfterCommit()
    {
        PagesInLog += TakePagesWritten(_writer);
        if (Passes is null)
        {
            if (PagesInLog >= _nextRound) Passes = Task.Run(CopyBeside);
            return;
        }
        if (!Passes.IsCompleted) return;
        // A failed pass (a full disk, say) leaves the log whole: the writer's own checkpoint below tries again.
        Passes.Exception?.Handle(_ => true);
        Passes = null;
        if (CopiesAll(_writer)) (PagesInLog, _nextRound) = (0, _pagesPerRound);
        else _nextRound = PagesInLog + _pagesPerRound;
    }

    /// <summary>Waits for passes under way; the writer's connection, closed after this, copies the rest as it closes.</summary>
    public void Dispose()
    {
        try
        {
            Passes?.Wait();
        }
        catch (AggregateException)
        {
            // Nothing is lost: the log keeps every page.
        }
        if (_own.IsValueCreated) _own.Value.Dispose();
    }

    private void CopyBeside()
    {
        var copied = 0L;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var inFile = Checkpoint(_own.Value).InFile;
            var fresh = inFile - copied;
            copied = inFile;
            if (fresh < LeftForTheWriter) return;
        }
    }

    /// <summary>
    /// Whether a checkpoint on the writer's connection leaves the whole log in the file. A failure is a "no" (the log
    /// keeps the pages, and the commit before it stands), as SQLite's own checkpoint ignores its failures.
    /// </summary>
    private static bool CopiesAll(SqliteConnection writer)
    {
        try
        {
            return Checkpoint(writer) is var (inLog, inFile) && inLog >= 0 && inLog == inFile;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>Pages in the log, and of them those in the file, after a pass that waits for nobody (-1, -1 if busy).</summary>
    private static (long InLog, long InFile) Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        return reader.Read() && reader.GetInt64(0) == 0 ? (reader.GetInt64(1), reader.GetInt64(2)) : (-1, -1);
    }

    /// <summary>Pages the connection has written to the log since last asked.</summary>
    private static int TakePagesWritten(SqliteConnection connection)
    {
        raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_CACHE_WRITE, out var pages, out _, 1);
        return pages;
    }
}
