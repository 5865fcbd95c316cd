using System.Globalization;
using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Bench.Harness;

/// <summary>
/// Where the time goes: runs the pipeline's steps one by one on one thread over the first articles of a corpus,
/// timing each (<see cref="Pipeline.Recognizers"/>) in CPU time (<see cref="ThreadCpuClock"/>) and counting what it allocates.
/// </summary>
public static class StageProfiler
{
    private const string Language = "fr";
    /// <summary>Documents per transaction, as the harness's pipeline stage writes them.</summary>
    private const int SaveBatch = 64;

    public static void Run(string corpus, int articles, TextWriter output)
    {
        var warmUp = DateModelWarmUp.Run(Language);
        var steps = Pipeline.Build(Language);
        var version = steps.ResourceVersion;
        var store = Path.Combine(Path.GetTempPath(), $"sitrep-profile-{Environment.ProcessId}.db");
        using var db = SqliteEventStore.Open(store);
        var times = new Dictionary<string, (TimeSpan Time, long Bytes)>();
        T Timed<T>(string step, Func<T> run)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = ThreadCpuClock.Now();
            var result = run();
            var (time, bytes) = times.GetValueOrDefault(step);
            times[step] = (time + (ThreadCpuClock.Now() - started), bytes + GC.GetAllocatedBytesForCurrentThread() - allocated);
            return result;
        }

        var documents = DocumentReader.Load(Language).ReadAll([corpus], new IngestOptions(Language: Language))
            .OfType<IngestResult.Read>().Select(r => r.Document).Take(articles).ToList();
        var batch = new List<CodedDocument>();
        var pausedBefore = GC.GetTotalPauseDuration();
        foreach (var document in documents)
        {
            var text = Timed("segment", () => steps.Segmenter.Segment(document));
            var mentions = new List<Mention>();
            foreach (var (name, recognizer) in steps.Recognizers)
                mentions.AddRange(Timed(name, () => recognizer.Recognize(text).ToList()));
            var sorted = Timed("sort mentions", () => Pipeline.InCodingOrder(mentions));
            var coded = Timed("code", () => steps.Coder.Code(text, sorted));
            batch.Add(coded);
            if (batch.Count < SaveBatch) continue;
            Timed("save", () => db.SaveAll(batch, version));
            batch.Clear();
        }
        Timed("save", () => db.SaveAll(batch, version));
        db.Dispose();
        foreach (var file in new[] { store, store + "-wal", store + "-shm" }) File.Delete(file);

        var total = times.Values.Sum(s => s.Time.TotalMilliseconds);
        output.WriteLine($"{documents.Count} articles, one thread, {(ThreadCpuClock.IsCpuTime ? "the thread's CPU time" : "wall time")}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"date model warm-up (before timing, not in the steps): {warmUp.Cpu.TotalSeconds:0.00} s CPU, {warmUp.Wall.TotalSeconds:0.00} s wall"));
        // A collection is charged to whichever step allocates when it starts, so a step that allocates less moves
        // collection time onto the others: these figures say how much there was in all.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / documents.Count:0.000} ms/article"));
        output.WriteLine("step              ms/article   share   KB allocated/article");
        foreach (var (step, (time, bytes)) in times.OrderByDescending(s => s.Value.Time))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step,-16} {time.TotalMilliseconds / documents.Count,11:0.000} {time.TotalMilliseconds / total,7:P0} {bytes / 1024.0 / documents.Count,22:0.0}"));
    }
}
