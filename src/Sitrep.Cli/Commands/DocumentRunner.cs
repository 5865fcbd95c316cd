using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Runs documents through the pipeline into the store: coding in parallel batches (both cores), storing in
/// input order, one transaction per document. A failing document is recorded and listed; the batch goes on. A document
/// whose text ingest had to guess at or change (its encoding, mojibake, unreadable characters) is listed with a note.
/// </summary>
public sealed class DocumentRunner(CliContext context, IDocumentStore store, string language, CodingTimeLimit timeLimit)
{
    private const int BatchSize = 64;

    /// <summary>Text a batch may carry, so that a run of huge articles stays within the memory the project promises.</summary>
    private const long BatchChars = 1_000_000;

    private readonly Dictionary<SaveOutcome, int> _outcomes = new() { [SaveOutcome.Added] = 0, [SaveOutcome.Replaced] = 0, [SaveOutcome.Unchanged] = 0 };
    private readonly List<(string Origin, string Reason)> _failures = [];
    private readonly List<(string Origin, string Notice)> _notices = [];

    public int Run(IReadOnlyList<string> paths, IngestOptions options)
    {
        var pipeline = Pipeline.Build(language);
        var reader = DocumentReader.Load(language);
        var tally = new IngestTally();
        var results = reader.ReadAll(paths, options, tally);
        if (context.Interactive)
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) }).Status()
                .Start("coding…", status => Process(results, pipeline, n => status.Status($"coded {n} documents")));
        else Process(results, pipeline, _ => { });
        Report(tally);
        return _failures.Count > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
    }

    /// <summary>Codes one batch on every core while the previous one is being stored, so the cores never wait for the disk.</summary>
    private void Process(IEnumerable<IngestResult> results, Pipeline pipeline, Action<int> progress)
    {
        var done = 0;
        var storing = Task.CompletedTask;
        foreach (var batch in TextBoundedBatches.Of(results, BatchSize, BatchChars, TextChars))
        {
            _notices.AddRange(batch.OfType<IngestResult.Read>().Where(r => r.Notice is not null).Select(r => (r.Origin, r.Notice!)));
            var coded = batch.AsParallel().AsOrdered().Select(r => Code(r, pipeline, timeLimit)).ToList();
            storing.GetAwaiter().GetResult();
            storing = Task.Run(() => Store(coded, pipeline.ResourceVersion));
            done += batch.Length;
            progress(done);
        }
        storing.GetAwaiter().GetResult();
    }

    /// <summary>Stores a batch's documents in one transaction, in input order, and records its failures.</summary>
    private void Store(List<(string Origin, CodedDocument? Coded, string? Error)> batch, string resourceVersion)
    {
        var documents = batch.Where(c => c.Coded is not null).Select(c => c.Coded!).ToList();
        foreach (var outcome in store.SaveAll(documents, resourceVersion)) _outcomes[outcome]++;
        foreach (var (origin, _, error) in batch.Where(c => c.Coded is null)) Fail(origin, error!);
    }

    /// <summary>A failure carries no text, so it costs next to nothing to hold.</summary>
    private static long TextChars(IngestResult result) => result is IngestResult.Read r ? r.Document.Text.Length : 0;

    private static (string Origin, CodedDocument? Coded, string? Error) Code(IngestResult result, Pipeline pipeline, CodingTimeLimit timeLimit)
    {
        switch (result)
        {
            case IngestResult.Failed f:
                return (f.Origin, null, f.Reason);
            case IngestResult.Read r:
                try { return (r.Origin, timeLimit.Run(pipeline, r.Document), null); }
                catch (TimeoutException e) { return (r.Origin, null, e.Message); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return (r.Origin, null, $"coding failed: {e.GetType().Name}: {e.Message}");
                }
            default:
                throw new InvalidOperationException($"unknown ingest result {result.GetType().Name}");
        }
    }

    private void Fail(string origin, string reason)
    {
        _failures.Add((origin, reason));
        store.RecordFailure(origin, reason);
    }

    private void Report(IngestTally tally)
    {
        foreach (var (origin, notice) in _notices) context.Error.WriteLine($"note: {origin}: {notice}");
        foreach (var (origin, reason) in _failures) context.Error.WriteLine($"failed: {origin}: {reason}");
        context.Error.WriteLine(
            $"{_outcomes[SaveOutcome.Added]} added, {_outcomes[SaveOutcome.Replaced]} re-coded, {_outcomes[SaveOutcome.Unchanged]} unchanged, " +
            $"{_failures.Count} failed, {tally.Duplicates} duplicates skipped");
    }
}
