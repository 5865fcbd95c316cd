using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class InputKindEdgeTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    [Fact]
    public void AFeedItemWithoutTextFailsAndTheOtherItemsAreRead()
    {
        var feed = _inputs.Write("flux.rss",
            """
            <rss version="2.0"><channel><title>Veille</title>
              <item><title>Titre seul</title></item>
              <item><title>Bilan</title><description>Trois soldats ont été tués à Qardaha.</description></item>
            </channel></rss>
            """);

        var results = Ingestion.ReadAll(null, feed);

        Assert.Equal($"{feed}#item 1", Assert.IsType<IngestResult.Failed>(results[0]).Origin);
        Assert.Equal("Trois soldats ont été tués à Qardaha.", Assert.IsType<IngestResult.Read>(results[1]).Document.Text);
    }

    [Fact]
    public void AnXmlFileThatIsNotAFeedFails() =>
        Assert.Equal("not an RSS or Atom feed: root element <config>",
            Ingestion.FailureOf(_inputs.Write("reglages.xml", "<config><cle>valeur</cle></config>")));

    [Fact]
    public void AnXmlFileWhoseRootIsRssIsReadAsAFeed()
    {
        var feed = _inputs.Write("export.xml",
            """<rss version="2.0"><channel><title>Veille</title><item><description>Un barrage a été repris.</description></item></channel></rss>""");

        Assert.Equal("Un barrage a été repris.", Ingestion.ReadOne(feed).Text);
    }

    [Fact]
    public void ATruncatedFeedFailsAsMalformedXml() =>
        Assert.StartsWith("malformed XML",
            Ingestion.FailureOf(_inputs.Write("coupe.rss", "<rss version=\"2.0\"><channel><title>Veille</title><item><descr")));

    [Fact]
    public void AJsonlPathMayNameAnHtmlPage()
    {
        _inputs.Write("pages/p.html", "<html><head><title>Page</title></head><body><p>Une colonne de réfugiés a franchi la frontière.</p></body></html>");
        var list = _inputs.Write("l.jsonl", """{"id":"h1","path":"pages/p.html"}""");

        var doc = Ingestion.ReadOne(list);

        Assert.Equal("Une colonne de réfugiés a franchi la frontière.", doc.Text);
        Assert.Equal("Page", doc.Title);
    }

    [Fact]
    public void AFileNamedDirectlyWithAnUnknownExtensionIsReadAsText() =>
        Assert.Equal("Note sans extension connue.", Ingestion.ReadOne(_inputs.Write("note.md", "Note sans extension connue.")).Text);

    [Fact]
    public void ABinaryFileNamedJsonlFailsOnceRatherThanLineByLine() =>
        Assert.Contains("zip", Ingestion.FailureOf(_inputs.WriteBytes("archive.jsonl", [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x0A, 0x0A])));
}
