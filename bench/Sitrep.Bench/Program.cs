using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Bench.Generation;
using Sitrep.Bench.Harness;
using Sitrep.Bench.Hostile;
using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Bench;

/// <summary>
/// The throughput benchmark. Commands:
///   generate --size MB [--seed N] --out FILE          write the corpus
///   measure tokenize|recognize|pipeline CORPUS --store DB   one stage, one line of JSON
///   run --size MB --corpus-dir DIR [--seed N] [--real ARTICLES]
///                                                     generate if missing, measure all three (and the pipeline on
///                                                     nudged copies of real articles), print the summary
///   profile CORPUS [--articles N]                      time and allocations per pipeline step, one thread; GC pauses apart
///   hostile [--budget SECONDS] [--only NAME,NAME…]      seconds per megabyte of each stage on pathological inputs
///   check CORPUS... [--articles N] [--show N]          dates and quantities with the models alone and grammar first: differences
///   vary CORPUS --copies N --out FILE [--seed N]       copies of a real corpus with every number nudged, to measure real text
/// </summary>
public static class Program
{
    private const int DefaultSeed = 20_161_206;

    public static int Main(string[] args)
    {
        if (args.Length == 0) return Usage();
        var options = Options(args.Skip(1));
        switch (args[0])
        {
            case "generate":
                Generate(options["--out"], Size(options), Seed(options));
                return 0;
            case "measure" when args.Length >= 3:
                var stage = Enum.Parse<Stage>(args[1], ignoreCase: true);
                Console.WriteLine(JsonSerializer.Serialize(new StageRunner(stage, args[2], options["--store"]).Run()));
                return 0;
            case "run":
                var size = Size(options);
                var corpus = Path.Combine(options["--corpus-dir"], string.Create(CultureInfo.InvariantCulture, $"fr-v{CorpusGenerator.Version}-{size}mb-seed{Seed(options)}.jsonl"));
                if (!File.Exists(corpus)) Generate(corpus, size, Seed(options));
                var real = options.TryGetValue("--real", out var articles) ? RealText(articles, options["--corpus-dir"]) : null;
                Console.WriteLine(BenchRun.Header);
                return BenchRun.Run(corpus, size, options["--corpus-dir"], real, Console.Out);
            case "profile" when args.Length >= 2:
                StageProfiler.Run(args[1], options.TryGetValue("--articles", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : 500, Console.Out);
                return 0;
            case "hostile":
                return HostileBench.Run(
                    options.TryGetValue("--budget", out var budget) ? double.Parse(budget, CultureInfo.InvariantCulture) : 60,
                    options.GetValueOrDefault("--only"), Console.Out);
            case "check" when args.Length >= 2:
                return RecognitionCheck.Run(args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)),
                    options.TryGetValue("--articles", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : int.MaxValue,
                    options.TryGetValue("--show", out var show) ? int.Parse(show, CultureInfo.InvariantCulture) : 40, Console.Out);
            case "vary" when args.Length >= 2:
                return Vary(args[1], options);
            default:
                return Usage();
        }
    }

    private static void Generate(string path, double sizeMb, int seed)
    {
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        var generator = new CorpusGenerator(
            Template.Load(Path.Combine(data, "templates.fr.tsv")), Vocabulary.Load(Path.Combine(data, "vocabulary.fr.tsv")), seed);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var articles = generator.Write(path, (long)(sizeMb * StageResult.Megabyte));
        Console.Error.WriteLine($"generated {articles} articles into {path}");
    }

    private static int Vary(string corpus, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("--out", out var output)
            || !int.TryParse(options.GetValueOrDefault("--copies"), CultureInfo.InvariantCulture, out var copies) || copies < 1)
            return Usage();
        var documents = ReadDocuments(corpus);
        if (documents.Count == 0) return 1;
        try
        {
            var articles = CorpusVariants.Write(documents, output, copies, Seed(options));
            Console.Error.WriteLine($"wrote {articles} articles into {output}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"vary: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// Nudged copies of real articles, about <see cref="RealTextBytes"/> of text, written into the corpus folder afresh at
    /// every run (under a second): a file left by an older build would hold that build's nudging, and how copies are
    /// nudged changes what they cost (bench/RESULTS.md, fifteenth round). Null (and a line on standard error) when none
    /// can be read.
    /// </summary>
    private static (string Corpus, string Name)? RealText(string articles, string corpusDir)
    {
        var documents = ReadDocuments(articles);
        if (documents.Count == 0) return null;
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var copies = (int)Math.Max(1, Math.Ceiling(RealTextBytes / (double)bytes));
        var name = $"{Path.GetFileNameWithoutExtension(articles)}-x{copies}-seed{DefaultSeed}";
        var corpus = Path.Combine(corpusDir, $"real-{name}.jsonl");
        CorpusVariants.Write(documents, corpus, copies, DefaultSeed);
        return (corpus, $"{documents.Count} articles of {Path.GetFileName(articles)} x {copies}, numbers nudged");
    }

    private const long RealTextBytes = 6_000_000;

    /// <summary>The documents <c>sitrep run</c> would read from a file or folder; what it cannot read is named on standard error.</summary>
    private static List<Document> ReadDocuments(string corpus)
    {
        var documents = new List<Document>();
        foreach (var result in DocumentReader.Load("fr").ReadAll([corpus], new IngestOptions(Language: "fr")))
            if (result is IngestResult.Read read) documents.Add(read.Document);
            else if (result is IngestResult.Failed failed) Console.Error.WriteLine($"skipped {failed.Origin}: {failed.Reason}");
        if (documents.Count == 0) Console.Error.WriteLine($"no document read from {corpus}");
        return documents;
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal)) name = arg;
            else if (name is not null) { options[name] = arg; name = null; }
        }
        return options;
    }

    private static double Size(Dictionary<string, string> options) =>
        options.TryGetValue("--size", out var s) ? double.Parse(s, CultureInfo.InvariantCulture) : 50;

    private static int Seed(Dictionary<string, string> options) =>
        options.TryGetValue("--seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Sitrep.Bench generate|measure|run|profile|hostile|check|vary … (see bench/RESULTS.md, bench/HOSTILE.md)");
        return 2;
    }
}
