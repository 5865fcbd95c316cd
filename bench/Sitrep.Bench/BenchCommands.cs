using System.CommandLine;
using System.Text.Json;
using Sitrep.Bench.Generation;
using Sitrep.Bench.Harness;
using Sitrep.Bench.Hostile;
using Sitrep.Cli;
using Sitrep.Storage;

namespace Sitrep.Bench;

/// <summary>The benchmark's commands (bench/RESULTS.md, bench/HOSTILE.md), parsed by System.CommandLine as `sitrep`'s are.</summary>
public static class BenchCommands
{
    private const double DefaultSizeMb = 50;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "Sitrep's throughput benchmark: a seeded French corpus, and the tokenizer, recognition and full pipeline " +
            "measured on it.\nUsually run through `bench/run.sh [--size MB]`; results and method in bench/RESULTS.md.")
        {
            Generate(stdout, stderr), Measure(stdout), RunAll(stdout, stderr), Profile(stdout), Hostile(stdout),
            Check(stdout), Vary(stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"Sitrep.Bench: {error.Message}");
            stderr.WriteLine("Try `Sitrep.Bench --help`.");
            return 2;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or StoreException)
        {
            stderr.WriteLine($"Sitrep.Bench: {e.Message}");
            return 1;
        }
    }

    private static Command Generate(TextWriter stdout, TextWriter stderr)
    {
        var (size, seed) = (SizeOption(), SeedOption());
        var output = new Option<string>("--out") { Description = "The JSONL file to write.", Required = true, HelpName = "FILE" };
        var command = new Command("generate", "Write the seeded corpus of generated French articles.") { size, seed, output };
        command.SetAction(parse =>
        {
            BenchCorpora.Generate(parse.GetValue(output)!, parse.GetValue(size), parse.GetValue(seed), stderr);
            return 0;
        });
        return command;
    }

    private static Command Measure(TextWriter stdout)
    {
        var stage = new Argument<string>("stage") { Description = "tokenize, recognize or pipeline (the pipeline saves into SQLite)." };
        stage.AcceptOnlyFromAmong("tokenize", "recognize", "pipeline");
        var corpus = CorpusArgument();
        var store = new Option<string?>("--store")
        {
            Description = "The SQLite file the pipeline writes, which must not exist yet (every article must be written); " +
                          "by default a temporary file, deleted afterwards.",
            HelpName = "DB",
        };
        var command = new Command("measure", "Stream the corpus through one stage and print one line of JSON.") { stage, corpus, store };
        command.Validators.Add(result =>
        {
            if (result.GetValue(store) is { } path && (File.Exists(path) || Directory.Exists(path)))
                result.AddError($"--store {path} exists: give the path of a new store, as the pipeline must write every article.");
        });
        command.SetAction(parse =>
        {
            var path = parse.GetValue(store) ?? Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
            try
            {
                var runner = new StageRunner(Enum.Parse<Stage>(parse.GetValue(stage)!, ignoreCase: true), parse.GetValue(corpus)!.FullName, path);
                stdout.WriteLine(JsonSerializer.Serialize(runner.Run(), BenchJson.Default.StageResult));
            }
            finally
            {
                if (parse.GetValue(store) is null) StoreFiles.Delete(path);
            }
            return 0;
        });
        return command;
    }

    private static Command RunAll(TextWriter stdout, TextWriter stderr)
    {
        var (size, seed) = (SizeOption(), SeedOption());
        var corpusDir = new Option<string>("--corpus-dir")
        {
            Description = "Where the generated corpus is kept (made if missing) and the measured store written.", Required = true, HelpName = "DIR",
        };
        var real = new Option<FileSystemInfo>("--real")
        {
            Description = "Real articles (a file or folder `sitrep run` reads), copied with their numbers nudged to ~6 MB, for a row of real text.",
            HelpName = "ARTICLES",
        };
        real.AcceptExistingOnly();
        var runs = CountOption("--runs", "How many times each stage is measured, the stages in turn; each row is its stage's median run.", 3, minimum: 1);
        var command = new Command("run", "Generate the corpus if missing, measure the three stages, print the table and one line of JSON.")
        {
            size, seed, corpusDir, real, runs,
        };
        command.SetAction(parse =>
        {
            var (dir, mb) = (parse.GetValue(corpusDir)!, parse.GetValue(size));
            var corpus = BenchCorpora.GeneratedPath(dir, mb, parse.GetValue(seed));
            if (!File.Exists(corpus)) BenchCorpora.Generate(corpus, mb, parse.GetValue(seed), stderr);
            var realText = parse.GetValue(real) is { } articles ? BenchCorpora.RealText(articles.FullName, dir, stderr) : null;
            stdout.WriteLine(BenchRun.Header);
            return BenchRun.Run(corpus, mb, dir, realText, parse.GetValue(runs), stdout);
        });
        return command;
    }

    private static Command Profile(TextWriter stdout)
    {
        var corpus = CorpusArgument();
        var articles = CountOption("--articles", "How many articles to time (the first of the corpus).", 500, minimum: 1);
        var command = new Command("profile", "Time every pipeline step on one thread and count its allocations; GC pauses apart.") { corpus, articles };
        command.SetAction(parse =>
        {
            StageProfiler.Run(parse.GetValue(corpus)!.FullName, parse.GetValue(articles), stdout);
            return 0;
        });
        return command;
    }

    private static Command Hostile(TextWriter stdout)
    {
        var budget = NumberOption.Create("--budget", "Seconds each input may take at each size before the ladder stops.", 60.0, "SECONDS",
            NumberOption.IsPositive, "a positive number of seconds");
        var only = new Option<string?>("--only") { Description = "Only these inputs, separated by commas.", HelpName = "NAME,NAME…" };
        only.Validators.Add(result =>
        {
            var unknown = (result.GetValueOrDefault<string?>() ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(name => !HostileCases.All.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0)
                result.AddError($"--only: no input named {string.Join(", ", unknown)} (inputs: {string.Join(", ", HostileCases.All.Select(c => c.Name))}).");
        });
        var command = new Command("hostile", "Seconds per megabyte of each stage on pathological inputs (bench/HOSTILE.md).") { budget, only };
        command.SetAction(parse => HostileBench.Run(parse.GetValue(budget), parse.GetValue(only), stdout));
        return command;
    }

    private static Command Check(TextWriter stdout)
    {
        var corpora = new Argument<FileSystemInfo[]>("corpus")
        {
            Description = "Files or folders of articles, as `sitrep run` reads them.", Arity = ArgumentArity.OneOrMore,
        };
        corpora.AcceptExistingOnly();
        var articles = CountOption("--articles", "At most this many articles (default: all).", int.MaxValue, minimum: 1);
        var show = CountOption("--show", "How many differing mentions to print.", 40, minimum: 0);
        var command = new Command("check", "Code dates and quantities with the models alone and grammar first; print what differs.")
        {
            corpora, articles, show,
        };
        command.SetAction(parse => RecognitionCheck.Run(parse.GetValue(corpora)!.Select(c => c.FullName), parse.GetValue(articles),
            parse.GetValue(show), stdout));
        return command;
    }

    private static Command Vary(TextWriter stderr)
    {
        var corpus = CorpusArgument();
        var copies = CountOption("--copies", "How many copies of each article.", 1, minimum: 1);
        var output = new Option<string>("--out") { Description = "The JSONL file to write.", Required = true, HelpName = "FILE" };
        var seed = SeedOption();
        var command = new Command("vary", "Copies of a real corpus with every number nudged, to measure real text.") { corpus, copies, output, seed };
        command.SetAction(parse =>
            BenchCorpora.Vary(parse.GetValue(corpus)!.FullName, parse.GetValue(output)!, parse.GetValue(copies), parse.GetValue(seed), stderr));
        return command;
    }

    private static Argument<FileSystemInfo> CorpusArgument()
    {
        var corpus = new Argument<FileSystemInfo>("corpus") { Description = "A JSONL file or a folder of articles, as `sitrep run` reads them." };
        corpus.AcceptExistingOnly();
        return corpus;
    }

    private static Option<double> SizeOption() =>
        NumberOption.Create("--size", "Megabytes of article text (10^6 bytes of UTF-8).", DefaultSizeMb, "MB", NumberOption.IsPositive,
            "a positive number of megabytes");

    private static Option<int> SeedOption() =>
        new("--seed") { Description = "The generator's seed: the same seed, the same corpus.", DefaultValueFactory = _ => BenchCorpora.DefaultSeed, HelpName = "N" };

    private static Option<int> CountOption(string name, string description, int defaultValue, int minimum) =>
        NumberOption.Create(name, description, defaultValue, "N", n => n >= minimum, $"a whole number, {minimum} or more");
}
