using System.Globalization;
using System.Text;
using Sitrep.Bench.Generation;
using Sitrep.Bench.Harness;
using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Bench;

/// <summary>The corpora the benchmark measures: generated from the team's templates, or nudged copies of real articles.</summary>
public static class BenchCorpora
{
    public const int DefaultSeed = 20_161_206;

    private const long RealTextBytes = 6_000_000;

    /// <summary>Where `run` keeps the generated corpus of a size and seed (the generator's version in the name).</summary>
    public static string GeneratedPath(string corpusDir, double sizeMb, int seed) =>
        Path.Combine(corpusDir, string.Create(CultureInfo.InvariantCulture, $"fr-v{CorpusGenerator.Version}-{sizeMb}mb-seed{seed}.jsonl"));

    public static void Generate(string path, double sizeMb, int seed, TextWriter log)
    {
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        var generator = new CorpusGenerator(
            Template.Load(Path.Combine(data, "templates.fr.tsv")), Vocabulary.Load(Path.Combine(data, "vocabulary.fr.tsv")), seed);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var articles = generator.Write(path, (long)(sizeMb * StageResult.Megabyte));
        log.WriteLine($"generated {articles} articles into {path}");
    }

    /// <summary>Writes <paramref name="copies"/> nudged copies of each article; 1 when none could be read.</summary>
    public static int Vary(string corpus, string output, int copies, int seed, TextWriter log)
    {
        var documents = ReadDocuments(corpus, log);
        if (documents.Count == 0) return 1;
        var articles = CorpusVariants.Write(documents, output, copies, seed);
        log.WriteLine($"wrote {articles} articles into {output}");
        return 0;
    }

    /// <summary>
    /// Nudged copies of real articles, about <see cref="RealTextBytes"/> of text, written into the corpus folder afresh at
    /// every run (under a second): a file left by an older build would hold that build's nudging, and how copies are
    /// nudged changes what they cost (bench/RESULTS.md, fifteenth round). Null (and a line in the log) when none
    /// can be read.
    /// </summary>
    public static (string Corpus, string Name)? RealText(string articles, string corpusDir, TextWriter log)
    {
        var documents = ReadDocuments(articles, log);
        if (documents.Count == 0) return null;
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var copies = (int)Math.Max(1, Math.Ceiling(RealTextBytes / (double)bytes));
        var name = $"{Path.GetFileNameWithoutExtension(articles)}-x{copies}-seed{DefaultSeed}";
        var corpus = Path.Combine(corpusDir, $"real-{name}.jsonl");
        CorpusVariants.Write(documents, corpus, copies, DefaultSeed);
        return (corpus, $"{documents.Count} articles of {Path.GetFileName(articles)} x {copies}, numbers nudged");
    }

    /// <summary>The documents <c>sitrep run</c> would read from a file or folder; what it cannot read is named in the log.</summary>
    private static List<Document> ReadDocuments(string corpus, TextWriter log)
    {
        var documents = new List<Document>();
        foreach (var result in DocumentReader.Load("fr").ReadAll([corpus], new IngestOptions(Language: "fr")))
            if (result is IngestResult.Read read) documents.Add(read.Document);
            else if (result is IngestResult.Failed failed) log.WriteLine($"skipped {failed.Origin}: {failed.Reason}");
        if (documents.Count == 0) log.WriteLine($"no document read from {corpus}");
        return documents;
    }
}
