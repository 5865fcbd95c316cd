namespace Sitrep.Tests.Ingest;

public sealed class ArticleExtractionTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", name);

    private string TextOf(string body) => Ingestion.ReadOne(_inputs.Write("page.html", $"<html><head><title>Essai</title></head><body>{body}</body></html>")).Text;

    [Fact]
    public void ANewsPageGivesItsArticleWithoutCookieBannerMenusCommentsRelatedLinksSidebarOrFooter()
    {
        var doc = Ingestion.ReadOne(Fixture("news-page.html"));

        Assert.Equal(File.ReadAllText(Fixture("news-page.golden.txt")).TrimEnd('\n'), doc.Text);
    }

    [Fact]
    public void ParagraphsRightInTheBodyAreReadWithoutTheBoilerplateAroundThem()
    {
        var text = TextOf("""
            <div class="top-menu"><a href="/">Accueil</a> <a href="/monde">Monde</a></div>
            <p>Un convoi d'aide humanitaire est entré mardi dans la ville assiégée, pour la première fois depuis des mois.</p>
            <p>Il transportait de la farine, des médicaments et du matériel médical, selon le Croissant-Rouge.</p>
            <div class="social-links"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
            <div class="footer"><p>Conditions d'utilisation, mentions légales, contact.</p></div>
            """);

        Assert.Equal(
            "Un convoi d'aide humanitaire est entré mardi dans la ville assiégée, pour la première fois depuis des mois.\n"
            + "Il transportait de la farine, des médicaments et du matériel médical, selon le Croissant-Rouge.",
            text);
    }

    [Fact]
    public void AParagraphOfProseBesideTheBestContainerIsPartOfTheArticle()
    {
        var text = TextOf("""
            <div class="story-text">
              <p>Les rebelles ont lancé à l'aube une attaque contre les positions de l'armée, au sud de la ville, selon des témoins.</p>
              <p>Les combats, qui ont duré toute la matinée, ont fait plusieurs victimes des deux côtés, selon une ONG.</p>
            </div>
            <p>Dans l'après-midi, l'aviation a bombardé les quartiers repris, d'après des habitants qui ont fui vers le nord.</p>
            <div><a href="/1">Alep</a> <a href="/2">Homs</a> <a href="/3">Hama</a></div>
            """);

        Assert.Equal(3, text.Split('\n').Length);
        Assert.StartsWith("Les rebelles ont lancé", text);
        Assert.EndsWith("qui ont fui vers le nord.", text);
    }

    [Fact]
    public void ABlockOfLinksInsideTheArticleIsLeftOut()
    {
        var text = TextOf("""
            <article>
              <p>Les négociations ont repris lundi à Genève, sous l'égide des Nations unies, après trois semaines d'interruption.</p>
              <ul><li><a href="/1">Genève, acte trois</a></li><li><a href="/2">Qui négocie pour qui ?</a></li></ul>
              <p>L'opposition réclame, comme préalable, la levée des sièges et la libération des détenus, a dit son porte-parole.</p>
            </article>
            """);

        Assert.DoesNotContain("Genève, acte trois", text);
        Assert.Equal(2, text.Split('\n').Length);
    }

    [Fact]
    public void HiddenElementsAreLeftOut()
    {
        var text = TextOf("""
            <article>
              <p>La trêve annoncée la veille a été rompue dans la nuit, selon les deux camps, qui s'en rejettent la faute.</p>
              <div hidden><p>Texte masqué qu'un lecteur ne voit jamais, mais qui est bien dans la page, hélas.</p></div>
              <div style="display: none"><p>Autre texte masqué par une feuille de style, tout aussi invisible, hélas.</p></div>
            </article>
            """);

        Assert.DoesNotContain("masqué", text);
    }

    [Fact]
    public void AnArticleInsideAnUnlikelyContainerIsStillFound()
    {
        // The only paragraph sits in an "extra" block: the second look, with unlikely hints off, finds it, still without the menu.
        var text = TextOf("""
            <div class="top-menu"><a href="/">Accueil</a> <a href="/monde">Monde</a></div>
            <div class="extra-wide"><p>Un seul paragraphe, dans un conteneur au nom trompeur, mais c'est bien l'article.</p></div>
            """);

        Assert.Equal("Un seul paragraphe, dans un conteneur au nom trompeur, mais c'est bien l'article.", text);
    }
}
