using System.Diagnostics;
using System.Text;
using Sitrep.Bench.Harness;
using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Bench.Hostile;

/// <summary>
/// Runs every stage on one hostile input at each size of its ladder, one thread, and keeps each stage's timings.
/// A stage whose time, grown as the cube of the size, would pass the budget at the next size is not run there;
/// the coder runs only on the mentions of every recognizer.
/// </summary>
internal sealed class HostileLadder(HostileCase input, Pipeline steps, DocumentReader reader, string folder, double budgetSeconds)
{
    private const string Language = "fr";
    private static readonly PartialDate Published = new(2016, 12, 6);
    // A lone surrogate is written as the replacement character, as a scraper would have saved it.
    private static readonly UTF8Encoding Utf8WithReplacement = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, List<(double Mb, double Cpu, double Wall)>> _timings = [];
    private readonly Dictionary<string, string> _notes = [];
    private readonly HashSet<string> _stopped = [];
    private readonly List<string> _stages = [];

    public IReadOnlyList<HostileRow> Run()
    {
        for (var i = 0; i < input.SizesMb.Length; i++)
        {
            var growth = i + 1 < input.SizesMb.Length ? input.SizesMb[i + 1] / input.SizesMb[i] : 0;
            RunSize(input.SizesMb[i], growth);
        }
        return _stages.Select(Row).ToList();
    }

    private void RunSize(double sizeMb, double growth)
    {
        var path = Path.Combine(folder, "input" + input.Extension);
        var content = input.Make(sizeMb);
        File.WriteAllText(path, content, Utf8WithReplacement);
        var read = Time("ingest", new FileInfo(path).Length / HostileBench.Megabyte, growth,
            () => reader.ReadAll([path], new IngestOptions(Published, Language: Language)).ToList());
        if (read is [IngestResult.Failed failed]) _notes["ingest"] = "refused: " + failed.Reason;
        var text = input.Kind == HostileInputKind.Line ? content : (read?.FirstOrDefault() as IngestResult.Read)?.Document.Text;
        if (text is null) return;

        var document = new Document("hostile", null, Published, Language, null, text, path);
        var textMb = Encoding.UTF8.GetByteCount(text) / HostileBench.Megabyte;
        var analyzed = Time("segment", textMb, growth, () => steps.Segmenter.Segment(document));
        if (analyzed is null) return;
        var mentions = new List<Mention>();
        var complete = true;
        foreach (var (name, recognizer) in steps.Recognizers)
        {
            var found = Time(name, textMb, growth, () => recognizer.Recognize(analyzed).ToList());
            if (found is null) complete = false;
            else mentions.AddRange(found);
        }
        if (complete) Time("code", textMb, growth, () => steps.Coder.Code(analyzed, Pipeline.InCodingOrder(mentions)));
        else if (!_stopped.Contains("code"))
        {
            if (!_stages.Contains("code")) _stages.Add("code");
            _notes["code"] = _timings.ContainsKey("code")
                ? "not run at the larger sizes: a recognizer was stopped"
                : "not run: a recognizer was stopped";
        }
    }

    private T? Time<T>(string stage, double mb, double growth, Func<T> run) where T : class
    {
        if (!_stages.Contains(stage)) _stages.Add(stage);
        if (_stopped.Contains(stage)) return null;
        GC.Collect();
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        T? result = null;
        try
        {
            result = run();
        }
        catch (Exception e)
        {
            _notes[stage] = $"threw {e.GetType().Name}: {e.Message}";
            _stopped.Add(stage);
        }
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        if (!_timings.TryGetValue(stage, out var timings)) _timings[stage] = timings = [];
        timings.Add((mb, cpuSeconds, clock.Elapsed.TotalSeconds));
        // Grown as the cube of the size: some stages grow faster than the square (quantities on a line of dates).
        if (growth > 0 && cpuSeconds * growth * growth * growth > budgetSeconds) _stopped.Add(stage);
        return result;
    }

    private HostileRow Row(string stage)
    {
        if (!_timings.TryGetValue(stage, out var timings))
            return new HostileRow(input.Name, stage, 0, 0, 0, null, false, _notes.GetValueOrDefault(stage));
        var last = timings[^1];
        double? exponent = null;
        // Times under a few hundredths of a second are mostly noise and JIT: no growth from them.
        if (timings.Count >= 2 && timings[^2] is var before && before.Cpu >= 0.05 && last.Cpu >= 0.05)
            exponent = Math.Log(last.Cpu / before.Cpu) / Math.Log(last.Mb / before.Mb);
        return new HostileRow(input.Name, stage, last.Mb, last.Cpu, last.Wall, exponent,
            _stopped.Contains(stage) && timings.Count < input.SizesMb.Length, _notes.GetValueOrDefault(stage));
    }
}
