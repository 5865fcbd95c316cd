using Sitrep.Model;

namespace Sitrep.Tests.Ingest;

public sealed class PageMetadataTests : IDisposable
{
    private const string Body = "<p>Des combats ont eu lieu à Alep, selon des habitants joints par téléphone, qui décrivent des tirs nourris.</p>";

    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    private Document Read(string head, string body = $"<article>{Body}</article>") =>
        Ingestion.ReadOne(_inputs.Write("page.html", $"<html><head>{head}</head><body>{body}</body></html>"));

    [Fact]
    public void TheOpenGraphTitleComesFirst() =>
        Assert.Equal("Combats à Alep", Read("""<title>Alep | Le Site</title><meta property="og:title" content="Combats à Alep">""").Title);

    [Fact]
    public void TheTwitterTitleComesNext() =>
        Assert.Equal("Combats à Alep", Read("""<title>Alep | Le Site</title><meta name="twitter:title" content="Combats à Alep">""").Title);

    [Theory]
    [InlineData(" | ")]
    [InlineData(" - ")]
    [InlineData(" – ")]
    public void TheTitleElementLosesASuffixThatNamesTheSite(string separator)
    {
        var doc = Read($"""<title>Combats à Alep{separator}Le Site</title><meta property="og:site_name" content="Le Site">""");

        Assert.Equal("Combats à Alep", doc.Title);
        Assert.Equal("Le Site", doc.Outlet);
    }

    [Fact]
    public void TheApplicationNameIsTheSiteNameWithoutOpenGraph() =>
        Assert.Equal("Le Site", Read("""<title>Combats à Alep - Le Site</title><meta name="application-name" content="Le Site">""").Outlet);

    [Fact]
    public void TheTitleElementLosesASuffixAfterThePageHeading() =>
        Assert.Equal("Combats à Alep", Read("<title>Combats à Alep - Le Site</title>", $"<article><h1>Combats à Alep</h1>{Body}</article>").Title);

    [Fact]
    public void ATitleWhoseEndNamesNoSiteIsKeptWhole() =>
        Assert.Equal("Alep - Homs", Read("<title>Alep - Homs</title>").Title);

    [Fact]
    public void WithoutATitleElementTheFirstHeadingIsTheTitle() =>
        Assert.Equal("Combats à Alep", Read("", $"<article><h1>Combats à Alep</h1>{Body}</article>").Title);

    [Fact]
    public void TheOpenGraphDateComesBeforeJsonLd() =>
        Assert.Equal(new PartialDate(2016, 3, 1), Read("""
            <meta property="article:published_time" content="2016-03-01T10:00:00+02:00">
            <script type="application/ld+json">{"datePublished": "2016-03-02"}</script>
            """).Published);

    [Fact]
    public void JsonLdGivesTheDatePublishedOfAnArticleInAGraph() =>
        Assert.Equal(new PartialDate(2016, 3, 2), Read("""
            <script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "datePublished": "2016-03-02T08:00:00Z"}]}</script>
            """).Published);

    [Fact]
    public void BrokenJsonLdIsPassedOverForTheNextSource() =>
        Assert.Equal(new PartialDate(2016, 3, 4), Read("""
            <script type="application/ld+json">{"datePublished": </script>
            <meta name="date" content="2016-03-04">
            """).Published);

    [Fact]
    public void TheFirstTimeOfTheArticleGivesTheDate() =>
        Assert.Equal(new PartialDate(2016, 3, 3), Read("", $"""
            <div class="sidebar"><time datetime="2015-01-01">hier</time></div>
            <article><p>Publié le <time datetime="2016-03-03T09:00">3 mars</time></p>{Body}</article>
            """).Published);

    [Theory]
    [InlineData("date")]
    [InlineData("pubdate")]
    [InlineData("DC.date")]
    public void ADateMetaTagGivesTheDate(string name) =>
        Assert.Equal(new PartialDate(2016, 3, 4), Read($"""<meta name="{name}" content="2016-03-04">""").Published);

    [Fact]
    public void APageWithoutMetadataHasNone()
    {
        var doc = Read("", $"<div>{Body}</div>");

        Assert.Null(doc.Title);
        Assert.Null(doc.Outlet);
        Assert.Null(doc.Published);
    }
}
