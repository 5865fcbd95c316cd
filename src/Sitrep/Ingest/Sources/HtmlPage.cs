using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Ingest.Decoding;
using Sitrep.Model;
using SmartReader;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads an HTML page: the main text as found by SmartReader (a port of Mozilla's Readability),
/// or the text of the whole body when readability finds no article; title, site name and
/// publication date from the page's metadata. A page whose body holds more text than
/// <see cref="IngestLimits.MaxReadabilityChars"/> is read without readability (see <see cref="ReadLarge"/>).
/// </summary>
internal static class HtmlPage
{
    public static Draft Read(string path, IngestLimits limits)
    {
        var html = TextDecoder.Decode(FileBytes.Read(path, Math.Min(limits.MaxFileBytes, limits.MaxHtmlBytes), "HTML page"));
        HtmlNesting.RejectDeeperThan(html, limits.MaxHtmlDepth);
        // Readability edits the tree it reads, so it parses the page on its own; this tree serves the fallbacks.
        var page = new HtmlParser().ParseDocument(html);
        var bodyText = page.Body is { } body ? HtmlText.FromNode(body) : "";
        if (bodyText.Length > limits.MaxReadabilityChars) return ReadLarge(path, page, bodyText);
        var article = new Reader(new Uri(Path.GetFullPath(path)).AbsoluteUri, html).GetArticle();
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? HtmlText.FromFragment(article.Content, limits) : "";
        if (string.IsNullOrWhiteSpace(text)) text = bodyText;
        return new Draft(
            path,
            text,
            Title: NonBlank(article.Title) ?? NonBlank(page.Title),
            Outlet: NonBlank(article.SiteName),
            Published: article.PublicationDate is { } date ? PartialDate.FromDate(DateOnly.FromDateTime(date)) : null);
    }

    /// <summary>
    /// Readability takes 3 to 5 s a megabyte on a page of many paragraphs, and more as they multiply, where parsing
    /// takes a tenth of a second. A page with more text than any article (scripts and styles are not counted) is read
    /// as the text of its body, which leaves out navigation, asides, footers, forms and scripts but keeps any other
    /// boilerplate, with the title, site name and date of its meta tags.
    /// </summary>
    private static Draft ReadLarge(string path, IHtmlDocument page, string bodyText) => new(
        path,
        bodyText,
        Title: NonBlank(Meta(page, "og:title")) ?? NonBlank(page.Title),
        Outlet: NonBlank(Meta(page, "og:site_name")),
        Published: FeedDate.Parse(Meta(page, "article:published_time")));

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
