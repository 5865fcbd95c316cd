using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Sitrep.Bench.Harness;

/// <summary>
/// Runs the three stages on the same corpus, each in a child process of its own so that each peak memory is
/// its own, then prints a table and, last, one line of JSON. Given real articles too, it also runs the full pipeline
/// on them, on a row of its own: the generated corpus sends no date phrase to Microsoft.Recognizers' model, and real
/// articles do (bench/RESULTS.md, fourteenth round). With several runs, the stages take turns (a b c, a b c…) and each
/// row is its stage's median run: stage (a) lasts about a second, so one run's ratio moved by a fifth with the
/// machine's hiccups (bench/RESULTS.md, twenty-fifth round).
/// </summary>
public static class BenchRun
{
    /// <param name="realText">Real articles (nudged copies, <see cref="Generation.CorpusVariants"/>) and how to name them; null for none.</param>
    /// <param name="runs">How many times each stage is measured.</param>
    public static int Run(string corpus, double sizeMb, string workDir, (string Corpus, string Name)? realText, int runs, TextWriter output)
    {
        var store = Path.Combine(workDir, "bench.db");
        var stages = Enum.GetValues<Stage>();
        var measured = stages.ToDictionary(stage => stage, _ => new List<StageResult>());
        var real = new List<StageResult>();
        for (var run = 0; run < runs; run++)
        {
            foreach (var stage in stages) measured[stage].Add(Measure(stage, corpus, store));
            if (realText is { } articles) real.Add(Measure(Stage.Pipeline, articles.Corpus, store));
        }
        var results = stages.Select(stage => Median(measured[stage])).ToList();
        foreach (var result in results) output.WriteLine(Row(result));
        if (realText is { } text) output.WriteLine($"{Row(Median(real))}   real text: {text.Name}");
        var (a, b, c) = (results[0], results[1], results[2]);
        if (runs > 1)
            output.WriteLine($"median of {runs} runs in turn; the pipeline's MB/s by run {Figures(measured[Stage.Pipeline].Select(r => r.MegabytesPerSecond))}, " +
                $"the ratio by run {Figures(measured[Stage.Tokenize].Zip(measured[Stage.Pipeline], (t, p) => t.MegabytesPerSecond / p.MegabytesPerSecond))}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pipeline is {a.MegabytesPerSecond / c.MegabytesPerSecond:0.00}x slower than the bare tokenizer pass"));
        output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, double>
        {
            ["size_mb"] = Round(sizeMb),
            ["tokenizer_mbps"] = Round(a.MegabytesPerSecond),
            ["recognition_mbps"] = Round(b.MegabytesPerSecond),
            ["pipeline_mbps"] = Round(c.MegabytesPerSecond),
            ["ratio"] = Round(a.MegabytesPerSecond / c.MegabytesPerSecond),
            ["peak_mb"] = Round(measured.Values.SelectMany(r => r).Max(r => r.PeakMb)),
            ["articles_per_s"] = Round(c.ArticlesPerSecond),
        }, BenchJson.Default.Figures));
        return 0;
    }

    /// <summary>
    /// The run of median throughput, whole (its peak and cores with it); of an even number, the slower of the middle two.
    /// The JSON's peak stays the highest of every run.
    /// </summary>
    public static StageResult Median(IReadOnlyList<StageResult> runs) =>
        runs.OrderBy(r => r.MegabytesPerSecond).ElementAt((runs.Count - 1) / 2);

    private static string Figures(IEnumerable<double> figures) =>
        string.Join(' ', figures.Select(f => f.ToString("0.00", CultureInfo.InvariantCulture)));

    public static string Header =>
        "stage       articles   text MB   seconds     MB/s  articles/s  peak MB  cores  allocated MB  events/MB";

    private static string Row(StageResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Stage,-10} {r.Articles,9} {r.TextBytes / StageResult.Megabyte,9:0.0} {r.Seconds,9:0.0} {r.MegabytesPerSecond,8:0.00} {r.ArticlesPerSecond,11:0} {r.PeakMb,8:0} {r.CoresBusy,6:0.00} {r.AllocatedMb,13:0} {r.Events / (r.TextBytes / StageResult.Megabyte),10:0}");

    private static StageResult Measure(Stage stage, string corpus, string store)
    {
        StoreFiles.Delete(store);
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var arg in new[] { "measure", stage.ToString().ToLowerInvariant(), corpus, "--store", store })
            start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        child.WaitForExit();
        if (child.ExitCode != 0 || lines.Length == 0)
            throw new InvalidOperationException($"measuring {stage} failed with exit code {child.ExitCode}");
        return JsonSerializer.Deserialize(lines[^1], BenchJson.Default.StageResult)!;
    }

    private static double Round(double value) => Math.Round(value, 2);
}
