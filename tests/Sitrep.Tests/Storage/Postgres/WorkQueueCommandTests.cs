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
}
