using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Ingest.Sources;
using Sitrep.Model;

namespace Sitrep.Ingest.Extraction;

/// <summary>A page's title, site name and publication date, from its metadata; null where the page gives none.</summary>
internal sealed record PageMetadata(string? Title, string? SiteName, PartialDate? Published)
{
    // Publication dates in meta tags by name, after Open Graph's and JSON-LD's: HTML's, the Dublin Core's.
    private static readonly string[] DateNames = ["date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued"];

    /// <summary>
    /// Title: Open Graph's, Twitter's, the <c>title</c> element (less a " | Site" suffix that names the site, or that
    /// follows the page's first heading), else the first <c>h1</c>. Site name: Open Graph's, else the
    /// application name. Date: Open Graph's, JSON-LD's <c>datePublished</c>, the first <c>time</c> of the
    /// article, else a date meta tag.
    /// </summary>
    public static PageMetadata Of(IHtmlDocument page, IElement? article)
    {
        var meta = MetaTags.Of(page);
        var siteName = NonBlank(meta.Get("og:site_name")) ?? NonBlank(meta.Get("application-name"));
        var heading = NonBlank(page.QuerySelector("h1")?.TextContent);
        var title = NonBlank(meta.Get("og:title")) ?? NonBlank(meta.Get("twitter:title")) ?? TitleElement(page.Title, siteName, heading) ?? heading;
        var published = FeedDate.Parse(meta.Get("article:published_time"))
            ?? JsonLdDate.Of(page)
            ?? TimeIn(article)
            ?? DateNames.Select(name => FeedDate.Parse(meta.Get(name))).FirstOrDefault(d => d is not null);
        return new PageMetadata(title, siteName, published);
    }

    private static string? TitleElement(string? text, string? siteName, string? heading)
    {
        if (NonBlank(text) is not { } title) return null;
        foreach (var separator in (string[])[" | ", " - ", " – ", " — ", " · "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var before = title[..at].Trim();
            var after = title[(at + separator.Length)..].Trim();
            if (Same(after, siteName) || Same(before, heading)) return before;
        }
        return title;
    }

    private static PartialDate? TimeIn(IElement? article)
    {
        var scope = article?.Closest("article") ?? article;
        return FeedDate.Parse(scope?.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private static bool Same(string a, string? b) => b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlSpaces(s);

    private static string HtmlSpaces(string s) => string.Join(' ', s.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
