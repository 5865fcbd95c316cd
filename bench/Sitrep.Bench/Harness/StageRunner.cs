using System.Diagnostics;
using System.Text;
using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Text;

namespace Sitrep.Bench.Harness;

/// <summary>
/// Streams a corpus through one stage the way <c>sitrep run</c> does: a reader thread, one worker per core,
/// and for the full pipeline a single writer into SQLite, joined by queues bounded by count and by text
/// (<see cref="TextBoundedQueue{T}"/>) so memory stays flat however large the corpus. Building the pipeline is not timed.
/// </summary>
public sealed class StageRunner(Stage stage, string corpus, string store)
{
    // Documents waiting for a worker: a few hundred kilobytes of text, however long the articles.
    private const int DocumentQueueItems = 128;
    private const long DocumentQueueChars = 1 << 20;
    // Coded documents waiting for the writer hold their mentions, events and lists, many times their text: three write
    // batches of them at most (with one, the workers waited while a batch was committed), and fewer when they are long.
    private const int CodedQueueItems = 192;
    private const long CodedQueueChars = 3 << 18;
    // As many documents per transaction as `sitrep run` commits at once.
    private const int WriteBatch = 64;
    private const string Language = "fr";

    private long _textBytes;
    private int _articles;
    private int _events;

    public StageResult Run()
    {
        var reader = DocumentReader.Load(Language);
        Func<Document, CodedDocument?> work = BuildWork(out var pipeline);
        var documents = new TextBoundedQueue<Document>(DocumentQueueItems, DocumentQueueChars, TextChars);
        var coded = new TextBoundedQueue<CodedDocument>(CodedQueueItems, CodedQueueChars, c => TextChars(c.Document));
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();

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
                Interlocked.Add(ref _textBytes, Encoding.UTF8.GetByteCount(document.Text) + Encoding.UTF8.GetByteCount(document.Title ?? ""));
                Interlocked.Increment(ref _articles);
                if (work(document) is not { } done) continue;
                Interlocked.Add(ref _events, done.Events.Count);
                coded.Add(done);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        var write = Task.Factory.StartNew(() => Write(coded, pipeline), TaskCreationOptions.LongRunning);

        Task.WaitAll([read, .. workers]);
        coded.CompleteAdding();
        write.Wait();
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new StageResult(stage.ToString().ToLowerInvariant(), _articles, _textBytes, clock.Elapsed.TotalSeconds,
            PeakMemory.Megabytes(), cpu / clock.Elapsed, (GC.GetTotalAllocatedBytes() - allocatedBefore) / StageResult.Megabyte, _events);
    }

    private Func<Document, CodedDocument?> BuildWork(out Pipeline? pipeline)
    {
        if (stage == Stage.Tokenize)
        {
            var segmenter = RuleSegmenter.Load(Language);
            pipeline = null;
            return d => { segmenter.Segment(d); return null; };
        }
        var built = pipeline = Pipeline.Build(Language);
        if (stage == Stage.Recognize) return d => { built.Analyse(d); return null; };
        return built.Run;
    }

    private static long TextChars(Document document) => document.Text.Length + (document.Title?.Length ?? 0);

    private void Write(TextBoundedQueue<CodedDocument> coded, Pipeline? pipeline)
    {
        if (pipeline is null || stage != Stage.Pipeline)
        {
            foreach (var _ in coded.GetConsumingEnumerable()) { }
            return;
        }
        using var db = SqliteEventStore.Open(store);
        foreach (var batch in coded.GetConsumingEnumerable().Chunk(WriteBatch))
            db.SaveAll(batch, pipeline.CoderVersion);
    }
}
