using System.Xml;
using System.Xml.Linq;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads an RSS (2.0 or 1.0) or Atom feed: one document per item, its text from the full content
/// (<c>content:encoded</c>, Atom <c>content</c>) or else the summary (<c>description</c>, Atom
/// <c>summary</c>) with HTML stripped; outlet from the feed title, else the host of its link.
/// Elements are matched by local name, so feeds that put them in unusual namespaces still read.
/// </summary>
internal static class Feed
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // Old RSS 0.91 feeds carry a DOCTYPE: skip it, and never fetch anything it names.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
    };

    public static IEnumerable<SourceItem> Read(string path, IngestLimits limits)
    {
        var bytes = FileBytes.Read(path, limits);
        if (bytes.Length == 0) throw new UnreadableInputException("empty file");
        BinarySniffer.RejectBinaryHead(bytes);
        RejectDeeperThan(bytes, limits.MaxHtmlDepth);
        using var stream = new MemoryStream(bytes);
        using var xml = XmlReader.Create(stream, Settings);
        var root = XDocument.Load(xml).Root ?? throw new UnreadableInputException("no root element");
        var (channel, items) = root.Name.LocalName switch
        {
            "rss" => (Child(root, "channel"), Child(root, "channel")?.Elements().Where(e => e.Name.LocalName == "item")),
            "RDF" => (Child(root, "channel"), root.Elements().Where(e => e.Name.LocalName == "item")),
            "feed" => (root, root.Elements().Where(e => e.Name.LocalName == "entry")),
            var other => throw new UnreadableInputException($"not an RSS or Atom feed: root element <{other}>"),
        };
        var outlet = channel is null ? null : OutletOf(channel);
        var language = channel is null ? null : LanguageOf(channel);
        var isAtom = root.Name.LocalName == "feed";
        var n = 0;
        foreach (var item in items ?? [])
        {
            n++;
            var origin = $"{path}#item {n}";
            yield return Isolated(origin, () => ReadItem(item, origin, outlet, language, isAtom, limits));
        }
        if (n == 0) throw new UnreadableInputException(isAtom ? "feed has no entries" : "feed has no items");
    }

    /// <summary>A cheap streaming pass first: building the tree of a feed nested thousands deep takes minutes.</summary>
    private static void RejectDeeperThan(byte[] bytes, int limit)
    {
        using var xml = XmlReader.Create(new MemoryStream(bytes), Settings);
        while (xml.Read())
            if (xml.Depth > limit) throw new UnreadableInputException($"XML nested more than {limit} elements deep");
    }

    // Full content first; Media RSS <media:content> and Atom <content src="..."> are empty, so fall through to the summary.
    private static readonly string[] BodyNames = ["encoded", "content", "description", "summary"];

    private static SourceItem Isolated(string origin, Func<SourceItem> read)
    {
        try
        {
            return read();
        }
        catch (Exception e)
        {
            return new Problem(origin, FailureReason.Of(e));
        }
    }

    private static SourceItem ReadItem(XElement item, string origin, string? outlet, string? language, bool isAtom, IngestLimits limits)
    {
        var text = BodyNames.Select(name => Child(item, name)).OfType<XElement>()
            .Select(body => TextOf(body, isAtom, limits))
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        if (text is null) return new Problem(origin, "feed item has no text (no content, description or summary)");
        return new Draft(
            origin,
            text,
            Title: Child(item, "title")?.Value.Trim(),
            Outlet: outlet,
            Published: FeedDate.Parse((Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "updated"))?.Value),
            Language: language);
    }

    // Atom says whether content is text (its default), escaped HTML or inline XHTML; RSS content is HTML by custom.
    private static string TextOf(XElement body, bool isAtom, IngestLimits limits)
    {
        if (body.HasElements) return HtmlText.FromFragment(string.Concat(body.Nodes()), limits);
        var isPlain = (string?)body.Attribute("type") switch
        {
            null => isAtom,
            var type => type == "text",
        };
        return isPlain ? body.Value.Trim() : HtmlText.FromFragment(body.Value, limits);
    }

    private static string? OutletOf(XElement channel)
    {
        var title = Child(channel, "title")?.Value.Trim();
        if (!string.IsNullOrEmpty(title)) return title;
        var link = channel.Elements().Where(e => e.Name.LocalName == "link")
            .Select(e => (string?)e.Attribute("href") ?? e.Value.Trim())
            .FirstOrDefault(l => Uri.TryCreate(l, UriKind.Absolute, out _));
        if (link is null) return null;
        var host = new Uri(link).Host;
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    // "fr-FR" and "fr" both mean French to the language resources.
    private static string? LanguageOf(XElement channel)
    {
        var tag = Child(channel, "language")?.Value ?? (string?)channel.Attribute(XNamespace.Xml + "lang");
        if (string.IsNullOrWhiteSpace(tag)) return null;
        return tag.Trim().Split('-', '_')[0].ToLowerInvariant();
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
