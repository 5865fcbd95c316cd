using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Bench.Generation;

/// <summary>
/// Writes a reproducible JSONL corpus of news-like French articles: the same seed and size give the same bytes.
/// An article: a title half the time, a lead event, then 8–30 sentences in paragraphs of one to three, a quarter of
/// them events, the rest quotes and background; an outlet and a publication day between 2011 and 2019.
/// The mix is set so that the coder finds as many events per kilobyte as in real articles (bench/RESULTS.md,
/// eleventh round: 2.8 per 1,000 characters, where the seeds give 3.3 and the second development set 2.3).
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>Part of the corpus's file name: raised whenever templates, vocabulary or mix change, so that a corpus
    /// generated before is never measured as if it were this one.</summary>
    public const int Version = 2;

    private const double EventShare = 0.25;
    private const double QuoteShare = 0.3;

    private readonly Dictionary<TemplateKind, Template[]> _byKind;
    private readonly IReadOnlyList<string> _outlets;
    private readonly Random _random;
    private readonly SentenceRenderer _renderer;

    public CorpusGenerator(IReadOnlyList<Template> templates, Vocabulary vocabulary, int seed)
    {
        _byKind = templates.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.ToArray());
        _outlets = vocabulary.Words("OUTLET");
        _random = new Random(seed);
        _renderer = new SentenceRenderer(vocabulary, _random);
    }

    /// <summary>Writes articles until their text reaches <paramref name="textBytes"/> UTF-8 bytes; returns how many.</summary>
    public int Write(string path, long textBytes)
    {
        var temp = path + ".partial";
        var articles = 0;
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            for (long written = 0; written < textBytes; articles++)
            {
                var article = Article(articles);
                written += Encoding.UTF8.GetByteCount(article.Text) + Encoding.UTF8.GetByteCount(article.Title ?? "");
                writer.WriteLine(JsonSerializer.Serialize(article, BenchJson.Relaxed.ArticleLine));
            }
        }
        File.Move(temp, path, overwrite: true);
        return articles;
    }

    private ArticleLine Article(int n)
    {
        var text = new StringBuilder(Sentence(TemplateKind.Lead));
        var sentences = _random.Next(8, 31);
        for (var s = 0; s < sentences; s++)
        {
            text.Append(_random.Next(3) == 0 ? '\n' : ' ');
            var roll = _random.NextDouble();
            text.Append(Sentence(roll < EventShare ? TemplateKind.Event : roll < EventShare + QuoteShare ? TemplateKind.Quote : TemplateKind.Background));
        }
        var published = new DateOnly(2011, 3, 15).AddDays(_random.Next(0, 3200));
        var title = _random.Next(2) == 0 ? Sentence(TemplateKind.Title) : null;
        return new ArticleLine($"bench-{n:D7}", _renderer.Pick(_outlets),
            published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "fr", title, text.ToString());
    }

    private string Sentence(TemplateKind kind) => _renderer.Render(_renderer.Pick(_byKind[kind]).Text);
}
