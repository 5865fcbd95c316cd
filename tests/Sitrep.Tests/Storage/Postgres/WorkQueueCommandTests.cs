using Sitrep.Cli;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Postgres;

public sealed class WorkQueueCommandTests
{
    [Theory]
    [InlineData("ingest", "x.jsonl")]
    [InlineData("worker")]
    public void IngestAndWorkerNeedAPostgresStore(params string[] args)
    {
        var run = CliRun.Of([.. args, "--store", "local.db"]);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("needs a shared store: --store postgres://", run.Error);
    }

    [Fact]
    public void AnUnreachableServerIsOneLineUsageError()
    {
        var run = CliRun.Of("events", "--store", "postgres://nobody@127.0.0.1:1/none");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("sitrep: Cannot open store postgres://nobody@127.0.0.1:1/none", run.Error);
    }

    [PostgresFact]
    public void AServerThatDropsAWorkersSessionIsAOneLineError()
    {
        using var db = new PostgresTestDatabase();
        using var folder = new TempStoreFolder();
        var article = folder.Write("alep.txt", "Alep, 3 décembre 2016. Des frappes aériennes ont tué 12 civils à Alep, selon l'OSDH.");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("ingest", article, "--store", db.Url).ExitCode);
        var worker = Task.Run(() => CliRun.Of("worker", "--store", db.Url, "--poll", "0.2"));
        // Past its start: the document is coded, and the worker polls the empty queue.
        while (db.Scalar("SELECT count(*) FROM queue") > 0 && !worker.IsCompleted) Thread.Sleep(20);

        db.Scalar("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

        Assert.True(worker.Wait(TimeSpan.FromMinutes(1)), "the worker went on after losing its session");
        Assert.Equal(ExitCodes.UsageError, worker.Result.ExitCode);
        Assert.Matches("^sitrep: [^\n]+\n$", worker.Result.Error.ReplaceLineEndings("\n"));
    }
}
