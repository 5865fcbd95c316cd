using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Runs documents through the pipeline into the store: coding in parallel batches (both cores), storing in
/// input order, one transaction per document. A failing document is recorded and listed; the batch goes on.
/// </summary>
public sealed class DocumentRunner(CliContext context, IDocumentStore store, string language)
{
    private const int BatchSize = 64;

    private readonly Dictionary<SaveOutcome, int> _outcomes = new() { [SaveOutcome.Added] = 0, [SaveOutcome.Replaced] = 0, [SaveOutcome.Unchanged] = 0 };
    private readonly List<(string Origin, string Reason)> _failures = [];

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

    private void Process(IEnumerable<IngestResult> results, Pipeline pipeline, Action<int> progress)
    {
        var done = 0;
        foreach (var batch in results.Chunk(BatchSize))
        {
            var coded = batch.AsParallel().AsOrdered().Select(r => Code(r, pipeline)).ToList();
            foreach (var (origin, document, error) in coded)
            {
                if (document is not null) _outcomes[store.Save(document, pipeline.ResourceVersion)]++;
                else Fail(origin, error!);
            }
            done += batch.Length;
            progress(done);
        }
    }

    private static (string Origin, CodedDocument? Coded, string? Error) Code(IngestResult result, Pipeline pipeline)
    {
        switch (result)
        {
            case IngestResult.Failed f:
                return (f.Origin, null, f.Reason);
            case IngestResult.Read r:
                try { return (r.Origin, pipeline.Run(r.Document), null); }
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
        foreach (var (origin, reason) in _failures) context.Error.WriteLine($"failed: {origin}: {reason}");
        context.Error.WriteLine(
            $"{_outcomes[SaveOutcome.Added]} added, {_outcomes[SaveOutcome.Replaced]} re-coded, {_outcomes[SaveOutcome.Unchanged]} unchanged, " +
            $"{_failures.Count} failed, {tally.Duplicates} duplicates skipped");
    }
}
