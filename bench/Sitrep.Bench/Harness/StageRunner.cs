using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Cli;
using Sitrep.Cli.Commands;
using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Text;

namespace Sitrep.Bench.Harness;

/// <summary>
/// Streams a corpus through one stage and measures it. (c) is <c>sitrep run</c> itself (<see cref="DocumentRunner"/>
/// into a fresh SQLite store: its reader, its check of what the store holds, its workers under the time limit, its
/// batches), so its figure is the product's. (a) and (b) have no command of their own: a reader thread and one worker
/// per core joined by a queue bounded by count and by text (<see cref="TextBoundedQueue{T}"/>), so memory stays flat
/// however large the corpus. Building the pipeline is not timed.
/// </summary>
public sealed class StageRunner(Stage stage, string corpus, string store)
{
    // Documents waiting for a worker: a few hundred kilobytes of text, however long the articles.
    private const int DocumentQueueItems = 128;
    private const long DocumentQueueChars = 1 << 20;
    private const string Language = "fr";

    public StageResult Run() => stage == Stage.Pipeline ? RunCommand() : Stream();

    private StageResult Stream()
    {
        var reader = DocumentReader.Load(Language);
        var work = BuildWork();
        var documents = new TextBoundedQueue<Document>(DocumentQueueItems, DocumentQueueChars, TextChars);
        long textBytes = 0;
        var articles = 0;
        var measured = Measure(() =>
        {
            var read = Task.Factory.StartNew(() =>
            {
                try
                {
                    foreach (var result in reader.ReadAll([corpus], new IngestOptions(Language: Language)))
                        if (result is IngestResult.Read r) documents.Add(r.Document);
                }
                finally { documents.CompleteAdding(); }
            }, TaskCreationOptions.LongRunning);
            var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Factory.StartNew(() =>
            {
                foreach (var document in documents.GetConsumingEnumerable())
                {
                    Interlocked.Add(ref textBytes, Encoding.UTF8.GetByteCount(document.Text) + Encoding.UTF8.GetByteCount(document.Title ?? ""));
                    Interlocked.Increment(ref articles);
                    work(document);
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            Task.WaitAll([read, .. workers]);
        });
        return Result(measured, articles, textBytes, 0);
    }

    /// <summary>
    /// <c>sitrep run CORPUS --store STORE</c> with the pipeline and the reader built beforehand, as the other stages build theirs; what
    /// it coded is then counted in the store (the text's UTF-8 bytes as the other stages count them), untimed.
    /// </summary>
    /// <exception cref="InvalidOperationException">Some document failed: the figure would not be the whole corpus's.</exception>
    private StageResult RunCommand()
    {
        var pipeline = Pipeline.Build(Language);
        var reader = DocumentReader.Load(Language);
        var messages = new StringWriter();
        using (var db = SqliteEventStore.Open(store))
        {
            var runner = new DocumentRunner(new CliContext(TextWriter.Null, messages), db, pipeline, reader, new CodingTimeLimit(CodingTimeLimit.Default));
            var exitCode = 0;
            var measured = Measure(() => exitCode = runner.Run([corpus], new IngestOptions(Language: Language)));
            if (exitCode != ExitCodes.Ok) throw new InvalidOperationException($"sitrep run failed on {corpus}: {messages}");
            var (articles, textBytes, events) = Stored(store);
            return Result(measured, articles, textBytes, events);
        }
    }

    /// <summary>What running a stage took: wall clock, the whole process's CPU, allocations, and the peak after it.</summary>
    private readonly record struct Measurement(TimeSpan Wall, TimeSpan Cpu, double AllocatedMb, double PeakMb);

    private static Measurement Measure(Action body)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        body();
        clock.Stop();
        process.Refresh();
        return new Measurement(clock.Elapsed, process.TotalProcessorTime - cpuBefore,
            (GC.GetTotalAllocatedBytes() - allocatedBefore) / StageResult.Megabyte, PeakMemory.Megabytes());
    }

    private StageResult Result(Measurement measured, int articles, long textBytes, int events) =>
        new(stage.ToString().ToLowerInvariant(), articles, textBytes, measured.Wall.TotalSeconds, measured.PeakMb,
            measured.Cpu / measured.Wall, measured.AllocatedMb, events);

    private static (int Articles, long TextBytes, int Events) Stored(string store)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), coalesce(sum(length(CAST(text AS BLOB)) + coalesce(length(CAST(title AS BLOB)), 0)), 0),
                   (SELECT count(*) FROM events)
            FROM documents
            """;
        using var row = command.ExecuteReader();
        row.Read();
        return (row.GetInt32(0), row.GetInt64(1), row.GetInt32(2));
    }

    private Action<Document> BuildWork()
    {
        if (stage == Stage.Tokenize)
        {
            var segmenter = RuleSegmenter.Load(Language);
            return d => segmenter.Segment(d);
        }
        var pipeline = Pipeline.Build(Language);
        return d => pipeline.Analyse(d);
    }

    private static long TextChars(Document document) => document.Text.Length + (document.Title?.Length ?? 0);
}
