using System.Globalization;
using System.Text.Json;
using Sitrep.Bench.Harness;
using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Bench.Hostile;

/// <summary>
/// Issue 8's limit, measured: for each pathological input (<see cref="HostileCases"/>), the CPU seconds per megabyte
/// each stage takes (ingest, segmentation, each recognizer, coding): a Markdown row per input and stage as it is
/// measured, a summary table of inputs by stages, then one line of JSON.
/// A stage over <see cref="LimitSecondsPerMb"/> is flagged.
/// </summary>
public static class HostileBench
{
    public const double Megabyte = 1_000_000;
    public const double LimitSecondsPerMb = 1;
    private const string Language = "fr";

    public static int Run(double budgetSeconds, string? only, TextWriter output)
    {
        var steps = Pipeline.Build(Language);
        var reader = DocumentReader.Load(Language);
        var folder = Directory.CreateTempSubdirectory("sitrep-hostile-");
        var rows = new List<HostileRow>();
        try
        {
            WarmUp(steps, reader, folder.FullName);
            output.WriteLine(HostileRow.MarkdownHeader);
            var names = only?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var input in HostileCases.All.Where(c => names is null || names.Contains(c.Name, StringComparer.OrdinalIgnoreCase)))
            {
                var measured = new HostileLadder(input, steps, reader, folder.FullName, budgetSeconds).Run();
                foreach (var row in measured) output.WriteLine(row.ToMarkdown());
                rows.AddRange(measured);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        var over = rows.Where(r => r.Over).Select(r => $"{r.Input}/{r.Stage}").ToList();
        output.WriteLine();
        HostileMatrix.Write(rows, output);
        output.WriteLine();
        output.WriteLine(over.Count == 0 ? "no stage over 1 s/MB" : $"over 1 s/MB: {string.Join(", ", over)}");
        output.WriteLine(JsonSerializer.Serialize(
            new HostileSummary(LimitSecondsPerMb, budgetSeconds, Environment.ProcessorCount, LoadAverage(), over, rows),
            HostileJson.Default.HostileSummary));
        return 0;
    }

    /// <summary>
    /// Runs every stage once on ordinary sentences, so that loading and JIT do not count against an input: the last
    /// one ("le 3 mars le 4", "deux trois") is beyond the grammars and builds the date and number models. Ingest reads
    /// a small HTML page first, so that the first HTML input does not pay for compiling the article extractor.
    /// </summary>
    private static void WarmUp(Pipeline steps, DocumentReader reader, string folder)
    {
        var page = Path.Combine(folder, "warm-up.html");
        File.WriteAllText(page, "<html><body><nav><a href=\"/\">Accueil</a></nav><article><p>Des combats ont eu lieu à Alep, selon l'OSDH.</p></article></body></html>");
        reader.ReadAll([page], new IngestOptions()).ToList();
        var document = new Document("warm-up", null, new PartialDate(2016, 12, 6), Language, null,
            "Le 3 mars, des rebelles ont attaqué l'armée à Alep, faisant 12 morts selon l'OSDH. Du 3 mars le 4 mars, deux trois obus.",
            "warm-up");
        var text = steps.Segmenter.Segment(document);
        var mentions = steps.Recognizers.SelectMany(r => r.Recognizer.Recognize(text)).ToList();
        steps.Coder.Code(text, Pipeline.InCodingOrder(mentions));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
