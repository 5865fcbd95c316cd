using System.Diagnostics;
using System.Globalization;
using Sitrep.Coding;
using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Recognition;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Numbers;
using Sitrep.Recognition.Phrases;
using Sitrep.Recognition.Places;
using Sitrep.Storage;
using Sitrep.Text;

namespace Sitrep.Bench.Harness;

/// <summary>
/// Where the time goes: runs the pipeline's steps one by one on one thread over the first articles of a corpus,
/// timing each and counting what it allocates. The steps are those of <see cref="Pipeline.Build"/>, built here
/// one by one so that each can be timed (keep the two lists alike).
/// </summary>
public static class StageProfiler
{
    private const string Language = "fr";
    /// <summary>Documents per transaction, as the harness's pipeline stage writes them.</summary>
    private const int SaveBatch = 64;

    public static void Run(string corpus, int articles, TextWriter output)
    {
        var gazetteer = Gazetteer.Load(Language);
        (string Name, IRecognizer Recognizer)[] recognizers =
        [
            ("actors", DictionaryRecognizer.Load(Language, "actors.tsv", MentionKind.Actor, "actor", "side", "label", "label_actor")),
            ("sources", DictionaryRecognizer.Load(Language, "sources.tsv", MentionKind.Source, "source", "kind")),
            ("triggers", DictionaryRecognizer.Load(Language, "triggers.tsv", MentionKind.Trigger, "class", "strength")),
            ("cues", DictionaryRecognizer.Load(Language, "cues.tsv", MentionKind.Cue, "kind")),
            ("places", PlaceRecognizer.Load(Language, gazetteer)),
            ("dates", DateRecognizer.Load(Language)),
            ("quantities", QuantityRecognizer.Load(Language)),
        ];
        var coder = new EventCoder(new GazetteerPlaceResolver(gazetteer), ClaimCoder.Load(Language), GenericReferents.Load(Language), NounList.Load(Language, "counted_nouns.txt"));
        var segmenter = RuleSegmenter.Load(Language);
        var version = Pipeline.Build(Language).ResourceVersion;
        var store = Path.Combine(Path.GetTempPath(), $"sitrep-profile-{Environment.ProcessId}.db");
        using var db = SqliteEventStore.Open(store);
        var steps = new Dictionary<string, (TimeSpan Time, long Bytes)>();
        T Timed<T>(string step, Func<T> run)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = run();
            var (time, bytes) = steps.GetValueOrDefault(step);
            steps[step] = (time + clock.Elapsed, bytes + GC.GetAllocatedBytesForCurrentThread() - allocated);
            return result;
        }

        var documents = DocumentReader.Load(Language).ReadAll([corpus], new IngestOptions(Language: Language))
            .OfType<IngestResult.Read>().Select(r => r.Document).Take(articles).ToList();
        var batch = new List<CodedDocument>();
        foreach (var document in documents)
        {
            var text = Timed("segment", () => segmenter.Segment(document));
            var mentions = new List<Mention>();
            foreach (var (name, recognizer) in recognizers)
                mentions.AddRange(Timed(name, () => recognizer.Recognize(text).ToList()));
            var sorted = Timed("sort mentions", () => mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).ToList());
            var coded = Timed("code", () => coder.Code(text, sorted));
            batch.Add(coded);
            if (batch.Count < SaveBatch) continue;
            Timed("save", () => db.SaveAll(batch, version));
            batch.Clear();
        }
        Timed("save", () => db.SaveAll(batch, version));
        db.Dispose();
        foreach (var file in new[] { store, store + "-wal", store + "-shm" }) File.Delete(file);

        var total = steps.Values.Sum(s => s.Time.TotalMilliseconds);
        output.WriteLine($"{documents.Count} articles, one thread");
        output.WriteLine("step              ms/article   share   KB allocated/article");
        foreach (var (step, (time, bytes)) in steps.OrderByDescending(s => s.Value.Time))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step,-16} {time.TotalMilliseconds / documents.Count,11:0.000} {time.TotalMilliseconds / total,7:P0} {bytes / 1024.0 / documents.Count,22:0.0}"));
    }
}
