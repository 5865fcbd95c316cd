namespace Sitrep.Tests.Ingest;

public sealed class LargeHtmlPageTests : IDisposable
{
    private const string Boilerplate = """
        <div id="cookie-banner"><p>Nous utilisons des cookies pour vous offrir une meilleure expérience, en savoir plus.</p></div>
        <div class="site-header"><ul class="menu"><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></div>
        """;

    private const string Aside = """
        <div class="comments"><div class="comment"><p>Un commentaire de lecteur, assez long pour compter comme un paragraphe.</p></div></div>
        <div class="sidebar"><ul><li><a href="/x">Un autre article, sans rapport, que tout le monde a lu hier soir</a></li></ul></div>
        <div class="site-footer"><p>Mentions légales, contact, publicité, tous droits réservés.</p></div>
        """;

    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    private static List<string> Paragraphs(int count) =>
        Enumerable.Range(0, count).Select(i => $"Paragraphe {i} sur les combats autour de la ville, selon une source locale.").ToList();

    [Fact]
    public void ThousandsOfParagraphsInOneElementAreReadEveryOneInOrder()
    {
        var paragraphs = Paragraphs(3000);
        var page = "<html><body><article>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n")) + "</article></body></html>";

        var doc = Ingestion.ReadOne(_inputs.Write("long.html", page));

        Assert.Equal(paragraphs, doc.Text.Split('\n'));
    }

    [Fact]
    public void APageOfTwentyThousandParagraphsIsReadWithoutItsBoilerplate()
    {
        var paragraphs = Paragraphs(20_000);
        var page = $"<html><body>{Boilerplate}<div class=\"layout\"><div class=\"article-body\">"
            + string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))
            + $"</div>{Aside}</div></body></html>";

        var doc = Ingestion.ReadOne(_inputs.Write("huge.html", page));

        Assert.Equal(paragraphs, doc.Text.Split('\n'));
    }
}
