using System.CommandLine;
using Sitrep.Cli.Output;
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
                if (result is IngestResult.Read { Notice: { } notice }) context.Error.WriteLine(TerminalText.Printable($"note: {result.Origin}: {notice}"));
                var (origin, reason) = result switch
                {
                    IngestResult.Read r => Enqueue(queue, r.Document, ref queued, ref unchanged),
                    IngestResult.Failed f => (f.Origin, f.Reason),
                    _ => throw new InvalidOperationException($"unknown ingest result {result.GetType().Name}"),
                };
                if (reason is null) continue;
                failed++;
                db.RecordFailure(origin, reason);
                context.Error.WriteLine(TerminalText.Printable($"failed: {origin}: {reason}"));
            }
            queue.WaitForDisk();
            context.Error.WriteLine($"{queued} queued, {unchanged} unchanged, {failed} failed, {tally.Duplicates} duplicates skipped");
            return failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Queues one document; a document the server refuses is a failure with its reason, and the batch goes on.</summary>
    private static (string Origin, string? Reason) Enqueue(PostgresWorkQueue queue, Sitrep.Model.Document document, ref int queued, ref int unchanged)
    {
        try
        {
            if (queue.Enqueue(document, CoderVersion.Of(document.Language)) == EnqueueOutcome.Queued) queued++;
            else unchanged++;
            return (document.Origin, null);
        }
        catch (StoreException e)
        {
            return (document.Origin, e.Message);
        }
    }
}
