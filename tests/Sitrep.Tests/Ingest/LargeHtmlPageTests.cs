using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Tests.Ingest;

public sealed class LargeHtmlPageTests : IDisposable
{
    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", "article.html");

    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    private static Document ReadWithReadabilityUpTo(long chars, string path)
    {
        var reader = DocumentReader.Load(limits: new IngestLimits(MaxReadabilityChars: chars));
        return Assert.IsType<IngestResult.Read>(Assert.Single(reader.ReadAll([path], new IngestOptions()))).Document;
    }

    private static Document ReadWithReadabilityUpTo(long chars) => ReadWithReadabilityUpTo(chars, Article);

    [Fact]
    public void APageWithMoreTextThanTheReadabilityLimitIsReadAsItsBodyWithItsMetaTags()
    {
        var doc = ReadWithReadabilityUpTo(100);

        Assert.Contains("Les forces gouvernementales ont rompu mardi le siège", doc.Text);
        Assert.Contains("un bilan qui n’a pas pu être vérifié", doc.Text);
        // The body's text, its heading too; navigation, asides, footers and scripts are still left out.
        Assert.StartsWith("Combats autour de Deir ez-Zor\n", doc.Text);
        Assert.DoesNotContain("Accueil", doc.Text);
        Assert.DoesNotContain("tracker", doc.Text);
        Assert.DoesNotContain("Les plus lus", doc.Text);
        Assert.Equal("Combats autour de Deir ez-Zor | Le Courrier du Levant", doc.Title);
        Assert.Equal("Le Courrier du Levant", doc.Outlet);
        Assert.Equal(new PartialDate(2017, 9, 5), doc.Published);
    }

    [Fact]
    public void APageWithinTheLimitIsStillReadByReadability()
    {
        var doc = ReadWithReadabilityUpTo(IngestLimits.DefaultMaxReadabilityChars);

        Assert.StartsWith("Les forces gouvernementales", doc.Text);
        Assert.Equal("Combats autour de Deir ez-Zor", doc.Title);
    }

    [Fact]
    public void ThousandsOfParagraphsInOneElementAreReadEveryOneInOrder()
    {
        var paragraphs = Enumerable.Range(0, 3000).Select(i => $"Paragraphe {i} sur les combats.").ToList();
        var page = "<html><body><article>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n")) + "</article></body></html>";

        var doc = ReadWithReadabilityUpTo(1000, _inputs.Write("long.html", page));

        Assert.Equal(paragraphs, doc.Text.Split('\n'));
    }
}
