using System.Text;
using Sitrep.Ingest;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Inputs built to hurt, each failing cleanly with its reason or read as well as it can be. (Binary files,
/// Windows-1252, mojibake, empty feeds and broken JSONL lines are in <c>Ingest/</c>; <see cref="HostileBatchTests"/> runs them all at once through the CLI.)
/// </summary>
public sealed class PathologicalInputTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    private static string Nested(int depth, string tag, string inside) =>
        new StringBuilder().Insert(0, $"<{tag}>", depth).Append(inside).Insert(0, "<html><body>").ToString()
        + new StringBuilder().Insert(0, $"</{tag}>", depth).Append("</body></html>");

    [Fact]
    public void AFiftyMegabyteHtmlPageFailsAtOnceNamingTheLimit()
    {
        var paragraph = Encoding.UTF8.GetBytes("<p>Des combats ont eu lieu près d'Alep, selon l'OSDH.</p>\n");
        var page = new byte[50 * 1024 * 1024];
        for (var at = 0; at < page.Length; at += paragraph.Length)
            paragraph.AsSpan(0, Math.Min(paragraph.Length, page.Length - at)).CopyTo(page.AsSpan(at));
        var path = _inputs.WriteBytes("enorme.html", page);

        var reason = Ingestion.FailureOf(path);

        Assert.Equal("HTML page is 50 MB, over the 16 MB limit", reason);
    }

    [Fact]
    public void AnHtmlPageNested100000DeepFailsAtOnceNamingTheLimit()
    {
        var path = _inputs.Write("profond.html", Nested(100_000, "div", "Des combats à Alep."));

        Assert.Equal("HTML nested more than 256 elements deep", Ingestion.FailureOf(path));
    }

    [Fact]
    public void AFeedItemWhoseHtmlIsNested100000DeepFailsAndTheOtherItemsAreRead()
    {
        var deep = System.Security.SecurityElement.Escape(Nested(100_000, "b", "Alep"));
        var feed = $"<rss><channel><title>t</title><item><description>{deep}</description></item>"
            + "<item><description>Des combats ont eu lieu à Homs.</description></item></channel></rss>";

        var results = Ingestion.ReadAll(null, _inputs.Write("flux.rss", feed));

        Assert.Equal("HTML nested more than 256 elements deep", Assert.IsType<IngestResult.Failed>(results[0]).Reason);
        Assert.Equal("Des combats ont eu lieu à Homs.", Assert.IsType<IngestResult.Read>(results[1]).Document.Text);
    }

    [Fact]
    public void AnHtmlPageAsDeepAsRealPagesIsRead() =>
        Assert.Contains("Des combats à Alep.", Ingestion.ReadOne(_inputs.Write("page.html", Nested(80, "div", "<p>Des combats à Alep.</p>"))).Text);

    [Fact]
    public void ThousandsOfParagraphsAndLineBreaksLeftOpenAreNoNesting()
    {
        var body = string.Concat(Enumerable.Repeat("<p>Des combats à Alep.<br><li>Un bilan", 3000));

        Assert.Contains("Des combats à Alep.", Ingestion.ReadOne(_inputs.Write("ouvert.html", $"<html><body>{body}</body></html>")).Text);
    }

    [Fact]
    public void TagsInsideScriptsAndCommentsAreNoNesting()
    {
        var tags = string.Concat(Enumerable.Repeat("<div>", 1000));
        var page = $"<html><body><script>var s = '{tags}';</script><!-- {tags} --><p>Des combats à Alep.</p></body></html>";

        Assert.Contains("Des combats à Alep.", Ingestion.ReadOne(_inputs.Write("script.html", page)).Text);
    }

    [Fact]
    public void AJsonlLineNested100000DeepFailsWithItsLineNumberAndTheOthersAreRead()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var path = _inputs.Write("liste.jsonl", $"{{\"text\":\"Des combats à Alep.\"}}\n{deep}\n{{\"text\":\"Des combats à Homs.\"}}\n");

        var results = Ingestion.ReadAll(null, path);

        Assert.Equal(3, results.Count);
        Assert.Equal($"{path}:2", Assert.IsType<IngestResult.Failed>(results[1]).Origin);
        Assert.IsType<IngestResult.Read>(results[0]);
        Assert.IsType<IngestResult.Read>(results[2]);
    }

    [Fact]
    public void AFeedNested100000DeepFailsAtOnceNamingTheLimit()
    {
        var xml = "<rss><channel>" + new StringBuilder().Insert(0, "<x>", 100_000) + new StringBuilder().Insert(0, "</x>", 100_000) + "</channel></rss>";

        Assert.Equal("XML nested more than 256 elements deep", Ingestion.FailureOf(_inputs.Write("profond.xml", xml)));
    }
}
