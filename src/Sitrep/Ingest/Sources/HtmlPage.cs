using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Ingest.Decoding;
using Sitrep.Model;
using SmartReader;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads an HTML page: the main text as found by SmartReader (a port of Mozilla's Readability),
/// or the text of the whole body when readability finds no article; title, site name and
/// publication date from the page's metadata.
/// </summary>
internal static class HtmlPage
{
    public static Draft Read(string path, IngestLimits limits)
    {
        var html = TextDecoder.Decode(FileBytes.Read(path, Math.Min(limits.MaxFileBytes, limits.MaxHtmlBytes), "HTML page"));
        HtmlNesting.RejectDeeperThan(html, limits.MaxHtmlDepth);
        var article = new Reader(new Uri(Path.GetFullPath(path)).AbsoluteUri, html).GetArticle();
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? HtmlText.FromFragment(article.Content, limits) : "";
        // Readability edits the tree it reads, so the fallbacks parse the page afresh, and only when needed.
        var page = new Lazy<IHtmlDocument>(() => new HtmlParser().ParseDocument(html));
        if (string.IsNullOrWhiteSpace(text) && page.Value.Body is { } body) text = HtmlText.FromNode(body);
        return new Draft(
            path,
            text,
            Title: NonBlank(article.Title) ?? NonBlank(page.Value.Title),
            Outlet: NonBlank(article.SiteName),
            Published: article.PublicationDate is { } date ? PartialDate.FromDate(DateOnly.FromDateTime(date)) : null);
    }

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
