using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Tests.Ingest;

public sealed class HtmlAndFeedTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", name);

    [Fact]
    public void AnHtmlPageGivesItsMainTextOneParagraphPerLine()
    {
        var doc = Ingestion.ReadOne(Fixture("article.html"));

        var lines = doc.Text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Les forces gouvernementales ont rompu mardi le siège", lines[0]);
        Assert.EndsWith("selon une source militaire.", lines[0]);
        Assert.StartsWith("Selon une organisation de surveillance", lines[3]);
        Assert.DoesNotContain("Accueil", doc.Text);
        Assert.DoesNotContain("tracker", doc.Text);
        Assert.DoesNotContain("cookies", doc.Text);
        Assert.DoesNotContain("Lire aussi", doc.Text);
        Assert.DoesNotContain("Tous droits", doc.Text);
    }

    [Fact]
    public void AnHtmlPageGivesItsTitleSiteNameAndDate()
    {
        var doc = Ingestion.ReadOne(Fixture("article.html"));

        Assert.Equal("Combats autour de Deir ez-Zor", doc.Title);
        Assert.Equal("Le Courrier du Levant", doc.Outlet);
        Assert.Equal(new PartialDate(2017, 9, 5), doc.Published);
    }

    [Fact]
    public void AnHtmlPageWithoutAnArticleFallsBackToTheTextOfItsBody()
    {
        var doc = Ingestion.ReadOne(Fixture("bare-page.html"));

        Assert.Equal("Un convoi humanitaire est arrivé à Douma.\nIl transportait des vivres et des médicaments.", doc.Text);
        Assert.Equal("Brève", doc.Title);
    }

    [Fact]
    public void AnRssFeedGivesOneDocumentPerItem()
    {
        var path = Fixture("feed.rss");

        var docs = Ingestion.ReadAll(null, path).Select(r => Assert.IsType<IngestResult.Read>(r).Document).ToList();

        Assert.Equal(2, docs.Count);
        Assert.Equal($"{path}#item 1", docs[0].Origin);
        Assert.Equal("Frappes aériennes près d’Idleb", docs[0].Title);
        Assert.Equal("Des avions ont bombardé jeudi plusieurs villages au sud d’Idleb.\nUne école a été touchée, selon des secouristes.", docs[0].Text);
        Assert.Equal(new PartialDate(2016, 12, 7), docs[0].Published);
        Assert.Equal("La Dépêche de l’Oronte", docs[0].Outlet);
        Assert.Equal("fr", docs[0].Language);
    }

    [Fact]
    public void AnRssItemPrefersItsFullContentToItsDescription()
    {
        var docs = Ingestion.ReadAll(null, Fixture("feed.rss")).Select(r => Assert.IsType<IngestResult.Read>(r).Document).ToList();

        Assert.EndsWith("Des bus attendaient les familles désireuses de partir.", docs[1].Text);
        Assert.Equal(new PartialDate(2016, 12, 8), docs[1].Published);
    }

    [Fact]
    public void AnAtomFeedGivesOneDocumentPerEntryWithTheLinkHostAsOutlet()
    {
        var path = Fixture("feed.atom");

        var docs = Ingestion.ReadAll(null, path).Select(r => Assert.IsType<IngestResult.Read>(r).Document).ToList();

        Assert.Equal(2, docs.Count);
        Assert.Equal("Des dizaines de civils ont péri dans la localité, selon des médecins sur place.\nDamas dément toute responsabilité.", docs[0].Text);
        Assert.Equal(new PartialDate(2017, 4, 4), docs[0].Published);
        Assert.Equal("veille-syrie.example", docs[0].Outlet);
        Assert.Equal("Le Conseil de sécurité se réunit mercredi à la demande de plusieurs pays.", docs[1].Text);
        Assert.Equal(new PartialDate(2017, 4, 5), docs[1].Published);
        Assert.Equal($"{path}#item 2", docs[1].Origin);
    }

    [Fact]
    public void AnEmptyFeedFailsSayingItHasNoItems() =>
        Assert.Equal("feed has no items", Ingestion.FailureOf(Fixture("empty-feed.rss")));
}
