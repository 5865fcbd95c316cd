using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep ingest PATH... --store postgres://…`: reads documents into the shared queue for `sitrep worker`; codes nothing.</summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new DocumentInputs();
        var store = StoreOption.Create();
        var command = new Command("ingest", "Store articles as documents waiting to be coded by `sitrep worker` (PostgreSQL store).");
        inputs.AddTo(command);
        command.Options.Add(store);
        command.SetAction(parse =>
        {
            var url = StoreOption.RequirePostgres(parse.GetValue(store)!, "ingest");
            var (paths, options) = inputs.Read(parse);
            using var db = PostgresEventStore.Open(url);
            using var queue = PostgresWorkQueue.Open(url, WorkerCommand.DefaultLease);
            var tally = new IngestTally();
            int queued = 0, unchanged = 0, failed = 0;
            foreach (var result in DocumentReader.Load(options.Language).ReadAll(paths, options, tally))
            {
                switch (result)
                {
                    case IngestResult.Read r when queue.Enqueue(r.Document) == EnqueueOutcome.Queued: queued++; break;
                    case IngestResult.Read: unchanged++; break;
                    case IngestResult.Failed f:
                        failed++;
                        db.RecordFailure(f.Origin, f.Reason);
                        context.Error.WriteLine($"failed: {f.Origin}: {f.Reason}");
                        break;
                }
            }
            context.Error.WriteLine($"{queued} queued, {unchanged} unchanged, {failed} failed, {tally.Duplicates} duplicates skipped");
            return failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
        });
        return command;
    }
}
