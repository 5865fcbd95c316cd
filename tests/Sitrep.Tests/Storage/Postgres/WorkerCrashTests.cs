using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Xunit.Abstractions;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Postgres;

/// <summary>Real `sitrep worker` processes on a real server: one is killed with SIGKILL in the middle of a batch.</summary>
public sealed partial class WorkerCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 200;
    private const int Batch = 25;

    private readonly TempStoreFolder _folder = new();
    private PostgresTestDatabase? _database;

    private PostgresTestDatabase Database => _database ??= new PostgresTestDatabase();

    [PostgresFact]
    public void AWorkerKilledMidBatchLosesNoDocumentAndTheOthersCodeNoneTwice()
    {
        var corpus = _folder.File("corpus.jsonl");
        SyntheticCorpus.Write(corpus, Documents);
        Assert.Equal(0, CliRun.Of("ingest", corpus, "--store", Database.Url).ExitCode);
        var options = new[] { "--batch", $"{Batch}", "--lease", "5", "--poll", "0.5", "--exit-when-idle" };

        // One open connection watches the queue: a batch is coded in a fraction of a second, and a watcher that
        // connected anew for every look could miss every batch's middle on a busy machine.
        using (var watcher = Database.Connect())
        using (var victim = WorkerProcess.Start(Database.Url, options))
        {
            WaitUntil(() => Claimed(watcher) is >= 5 and <= Batch - 5, TimeSpan.FromSeconds(90), victim);
            victim.Kill();
        }
        var codedByVictim = Coded();
        var orphaned = Claimed();
        Assert.InRange(orphaned, 1, Batch - 1);
        Assert.True(codedByVictim > 0, "the victim had committed part of its batch");

        using var first = WorkerProcess.Start(Database.Url, options);
        using var second = WorkerProcess.Start(Database.Url, options);
        Assert.Equal(0, first.WaitForExit(TimeSpan.FromSeconds(120)));
        Assert.Equal(0, second.WaitForExit(TimeSpan.FromSeconds(120)));

        Assert.Equal(Documents, Coded());
        Assert.Equal(0, Database.Scalar("SELECT count(*) FROM queue"));
        // Each document was committed once: the survivors coded exactly what the victim had not. (A survivor slower
        // than its lease may lose documents to the other; those it drops, and the summary counts them as lost.)
        Assert.Equal(Documents - codedByVictim, CodedBy(first) + CodedBy(second));
        Assert.Equal(ExpectedEventIds(corpus), StoredEventIds());
        output.WriteLine($"victim killed after committing {codedByVictim} documents, holding {orphaned} uncommitted; " +
                         $"survivors coded {CodedBy(first)} + {CodedBy(second)}; stored {Coded()} documents, " +
                         $"{Database.Scalar("SELECT count(*) FROM events")} events, each once, as one process codes them; queue empty");
    }

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }

    /// <summary>The events one process codes from the corpus: none may be missing or stored twice.</summary>
    private static List<string> ExpectedEventIds(string corpus) =>
        DocumentReader.Load("fr").ReadAll([corpus], new IngestOptions(null, null, "fr"))
            .Cast<IngestResult.Read>()
            .SelectMany(r => EventIds.Assign(TestPipeline.French.Run(r.Document).Events))
            .Order(StringComparer.Ordinal).ToList();

    private List<string> StoredEventIds()
    {
        using var connection = Database.Connect();
        using var command = new NpgsqlCommand("SELECT event_id FROM events", connection);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    private long Coded() => Database.Scalar("SELECT count(*) FROM documents");

    private const string ClaimedSql = "SELECT count(*) FROM queue WHERE status = 'coding'";

    private long Claimed() => Database.Scalar(ClaimedSql);

    private static long Claimed(NpgsqlConnection watcher)
    {
        using var command = new NpgsqlCommand(ClaimedSql, watcher);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static long CodedBy(WorkerProcess worker) => long.Parse(Summary().Match(worker.Error).Groups["coded"].Value);

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout, WorkerProcess worker)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"the worker never got mid-batch; it wrote: {worker.Error}");
            Thread.Sleep(5);
        }
    }

    [GeneratedRegex(@"worker: (?<coded>\d+) coded, 0 failed")]
    private static partial Regex Summary();
}
