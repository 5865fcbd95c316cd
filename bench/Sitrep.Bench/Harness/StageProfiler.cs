using System.Globalization;
using System.Runtime;
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
        var version = steps.CoderVersion;
        var store = Path.Combine(Path.GetTempPath(), $"sitrep-profile-{Environment.ProcessId}.db");
        using var db = SqliteEventStore.Open(store);
        var pausesInClock = StepTimes.PausesInClock(ThreadCpuClock.IsCpuTime, GCSettings.IsServerGC);
        var times = new StepTimes(pausesInClock);
        T Timed<T>(string step, Func<T> run)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            var started = ThreadCpuClock.Now();
            var result = run();
            var time = ThreadCpuClock.Now() - started;
            times.Add(step, time, GC.GetTotalPauseDuration() - paused, GC.GetAllocatedBytesForCurrentThread() - allocated);
            return result;
        }

        var documents = DocumentReader.Load(Language).ReadAll([corpus], new IngestOptions(Language: Language))
            .OfType<IngestResult.Read>().Select(r => r.Document).Take(articles).ToList();
        var batch = new List<CodedDocument>();
        var collectionsBefore = Collections();
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
        StoreFiles.Delete(store);

        var clock = ThreadCpuClock.IsCpuTime ? "the thread's CPU time" : "wall time";
        output.WriteLine($"{documents.Count} articles, one thread, {clock}; collection pauses apart, on the `{StepTimes.GcLine}` line "
            + (pausesInClock ? "(taken out of the steps' times)" : "(server GC: other threads collect while this one waits, not in its CPU time)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"date model warm-up (before timing, not in the steps): {warmUp.Cpu.TotalSeconds:0.00} s CPU, {warmUp.Wall.TotalSeconds:0.00} s wall"));
        var collections = Collections();
        output.WriteLine($"collections in the steps {collections.Gen0 - collectionsBefore.Gen0}/{collections.Gen1 - collectionsBefore.Gen1}/{collections.Gen2 - collectionsBefore.Gen2} (gen 0/1/2)");
        times.WriteTable(documents.Count, output);
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
}
