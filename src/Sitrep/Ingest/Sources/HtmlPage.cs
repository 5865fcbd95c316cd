using AngleSharp.Html.Parser;
using Sitrep.Ingest.Decoding;
using Sitrep.Ingest.Extraction;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads an HTML page: the main text as found by <see cref="ArticleExtractor"/>, or the text of the whole body when
/// it finds none; title, site name and publication date from the page's metadata (<see cref="PageMetadata"/>).
/// </summary>
internal static class HtmlPage
{
    public static Draft Read(string path, IngestLimits limits, ArticleExtractor extractor)
    {
        var (html, guess) = TextDecoder.Decode(FileBytes.Read(path, Math.Min(limits.MaxFileBytes, limits.MaxHtmlBytes), "HTML page"));
        HtmlNesting.RejectDeeperThan(html, limits.MaxHtmlDepth);
        var page = new HtmlParser().ParseDocument(html);
        var article = extractor.Extract(page);
        var text = article is { Text.Length: > 0 } ? article.Text : page.Body is { } body ? HtmlText.FromNode(body) : "";
        var metadata = PageMetadata.Of(page, article?.Container);
        return new Draft(path, text, Title: metadata.Title, Outlet: metadata.SiteName, Published: metadata.Published, Guess: guess);
    }
}
