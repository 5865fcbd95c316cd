using Sitrep.Cli.Output;
using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Runs documents through the pipeline into the store, streaming: a reader thread, one coding worker per core and this
/// thread storing in input order, a transaction per batch. A failing document is recorded and listed; the run goes on.
/// A document whose text ingest had to guess at or change (its encoding, mojibake, unreadable characters) is listed
/// with a note. A document the store holds already, from the same content and coded by the same coder, is not coded
/// again: re-running on a folder that grew codes only what is new or changed.
/// </summary>
public sealed class DocumentRunner(CliContext context, IDocumentStore store, Pipeline pipeline, DocumentReader reader, CodingTimeLimit timeLimit)
{
    private const int BatchSize = 64;

    /// <summary>Text a batch may carry, so that a run of huge articles stays within the memory the project promises.</summary>
    private const long BatchChars = 1_000_000;

    /// <summary>
    /// Documents read and not yet in the batch being stored: enough for the workers to run ahead of a slow document and
    /// of the writer (four batches: with two, the cores waited while a batch was committed; bench/RESULTS.md, thirteenth
    /// round), few enough, in number and in text, that memory stays flat. With that batch (and the next document it looks
    /// at, and the one the reader holds), about 320 documents and 2 M characters of text are read and not yet stored at
    /// most, or a single document over those bounds.
    /// </summary>
    private const int InFlightDocuments = 256;

    private const long InFlightChars = 1_000_000;

    private readonly Dictionary<SaveOutcome, int> _outcomes = new() { [SaveOutcome.Added] = 0, [SaveOutcome.Replaced] = 0, [SaveOutcome.Unchanged] = 0 };
    private readonly List<(string Origin, string Reason)> _failures = [];
    private readonly List<(string Origin, string Notice)> _notices = [];

    /// <summary>
    /// What became of one ingest result: its coded document, or why it failed, or that the store holds it as it would be
    /// coded (<see cref="Current"/>); and what ingest noted in reading it.
    /// </summary>
    private sealed record Outcome(string Origin, long Chars, CodedDocument? Coded, string? Error, string? Notice, bool Current = false);

    public int Run(IReadOnlyList<string> paths, IngestOptions options)
    {
        var tally = new IngestTally();
        var results = reader.ReadAll(paths, options, tally);
        if (context.Interactive)
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) }).Status()
                .Start("coding…", status => Process(results, n => status.Status($"coded {n} documents")));
        else Process(results, _ => { });
        Report(tally);
        return _failures.Count > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
    }

    /// <summary>Codes on every core while this thread stores, in input order, so the cores never wait for the disk or for each other.</summary>
    private void Process(IEnumerable<IngestResult> results, Action<int> progress)
    {
        // Asked on the thread that reads the inputs, through a connection of its own: this one writes.
        using var stored = store.OpenReader();
        var checkedResults = results.Select(r => (Result: r, Current: r is IngestResult.Read read && stored.IsCurrent(read.Document, pipeline.CoderVersion)));
        var outcomes = OrderedParallelMap<(IngestResult Result, bool Current), Outcome>.Of(
            checkedResults, r => Code(r.Result, r.Current), Environment.ProcessorCount, InFlightDocuments, InFlightChars,
            r => r.Current ? 0 : TextChars(r.Result), timeLimit.For<(IngestResult Result, bool Current), Outcome>(r => OverTime(r.Result, r.Current)));
        var done = 0;
        foreach (var batch in TextBoundedBatches.Of(outcomes, BatchSize, BatchChars, o => o.Chars))
        {
            Store(batch, pipeline.CoderVersion);
            done += batch.Length;
            progress(done);
        }
    }

    /// <summary>Stores a batch's documents in one transaction, in input order, and records its notices and failures.</summary>
    private void Store(Outcome[] batch, string coderVersion)
    {
        _notices.AddRange(batch.Where(o => o.Notice is not null).Select(o => (o.Origin, o.Notice!)));
        var documents = batch.Where(o => o.Coded is not null).Select(o => o.Coded!).ToList();
        foreach (var outcome in store.SaveAll(documents, coderVersion)) _outcomes[outcome]++;
        _outcomes[SaveOutcome.Unchanged] += batch.Count(o => o.Current);
        foreach (var failed in batch.Where(o => o.Error is not null)) Fail(failed.Origin, failed.Error!);
    }

    /// <summary>A failure carries no text, so it costs next to nothing to hold.</summary>
    private static long TextChars(IngestResult result) => result is IngestResult.Read r ? r.Document.Text.Length : 0;

    private Outcome Code(IngestResult result, bool current)
    {
        switch (result)
        {
            case IngestResult.Read r when current:
                return new Outcome(r.Origin, 0, null, null, r.Notice, Current: true);
            case IngestResult.Failed f:
                return new Outcome(f.Origin, 0, null, f.Reason, null);
            case IngestResult.Read r:
                var chars = TextChars(r);
                try { return new Outcome(r.Origin, chars, pipeline.Run(r.Document), null, r.Notice); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return new Outcome(r.Origin, chars, null, $"coding failed: {e.GetType().Name}: {e.Message}", r.Notice);
                }
            default:
                throw new InvalidOperationException($"unknown ingest result {result.GetType().Name}");
        }
    }

    /// <summary>
    /// What stands for an item whose work took longer than the limit: a document that was coded fails; only coding is
    /// limited, so an item that needed none (a failure to read, a document the store holds) is what it always is.
    /// </summary>
    private Outcome OverTime(IngestResult result, bool current) =>
        result is IngestResult.Read r && !current ? new Outcome(r.Origin, TextChars(r), null, timeLimit.Reason, r.Notice) : Code(result, current);

    private void Fail(string origin, string reason)
    {
        _failures.Add((origin, reason));
        store.RecordFailure(origin, reason);
    }

    private void Report(IngestTally tally)
    {
        foreach (var (origin, notice) in _notices) context.Error.WriteLine(TerminalText.Printable($"note: {origin}: {notice}"));
        foreach (var (origin, reason) in _failures) context.Error.WriteLine(TerminalText.Printable($"failed: {origin}: {reason}"));
        context.Error.WriteLine(
            $"{_outcomes[SaveOutcome.Added]} added, {_outcomes[SaveOutcome.Replaced]} re-coded, {_outcomes[SaveOutcome.Unchanged]} unchanged, " +
            $"{_failures.Count} failed, {tally.Duplicates} duplicates skipped");
    }
}
