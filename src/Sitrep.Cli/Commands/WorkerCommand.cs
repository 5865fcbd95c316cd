using System.CommandLine;
using System.Runtime.InteropServices;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep worker --store postgres://…`: codes queued documents until stopped (SIGINT/SIGTERM finish the current
/// document and give the rest of the batch back), or with `--exit-when-idle` until nothing is waiting or being coded.
/// </summary>
public static class WorkerCommand
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(60);

    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var batch = NumberOption.Create("--batch", "Documents claimed at a time.", 16, "N", n => n >= 1, "a whole number, 1 or more");
        var lease = NumberOption.Create("--lease",
            $"Seconds a claim lasts, renewed by a commit once a third of it has passed; a stopped worker's documents are claimed again after it (default {DefaultLease.TotalSeconds}).",
            DefaultLease.TotalSeconds, "SECONDS", NumberOption.IsPositive, "a positive number of seconds");
        var poll = NumberOption.Create("--poll", "Seconds to wait when there is nothing to claim.", 2.0, "SECONDS", NumberOption.IsPositive, "a positive number of seconds");
        var exitWhenIdle = new Option<bool>("--exit-when-idle") { Description = "Stop once no document is waiting or being coded." };
        var language = new Option<string>("--language") { Description = "Language whose resources are loaded at start (others load when met).", DefaultValueFactory = _ => "fr" };
        var command = new Command("worker", "Code documents queued by `sitrep ingest`, alongside any number of other workers (PostgreSQL store).")
        {
            store, batch, lease, poll, exitWhenIdle, language,
        };
        command.SetAction(parse =>
        {
            var url = StoreOption.RequirePostgres(parse.GetValue(store)!, "worker");
            var batchSize = parse.GetValue(batch);
            using var queue = PostgresWorkQueue.Open(url, TimeSpan.FromSeconds(parse.GetValue(lease)));
            using var stopping = new CancellationTokenSource();
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stopping));
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stopping));
            var worker = new Worker(queue, batchSize, TimeSpan.FromSeconds(parse.GetValue(poll)), parse.GetValue(exitWhenIdle), parse.GetValue(language)!);
            worker.Run(stopping.Token);
            context.Error.WriteLine(worker.Summary());
            return worker.Failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static Action<PosixSignalContext> Stop(CancellationTokenSource stopping) => signal =>
    {
        signal.Cancel = true;
        stopping.Cancel();
    };
}
