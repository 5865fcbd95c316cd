using AngleSharp.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>A page's <c>meta</c> tags by <c>property</c> or <c>name</c> (case ignored), the first of each kept.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _content = new(StringComparer.OrdinalIgnoreCase);

    public static MetaTags Of(IDocument page)
    {
        var tags = new MetaTags();
        foreach (var meta in page.GetElementsByTagName("meta"))
        {
            if (meta.GetAttribute("content") is not { } content) continue;
            foreach (var key in (string?[])[meta.GetAttribute("property"), meta.GetAttribute("name")])
                if (!string.IsNullOrWhiteSpace(key)) tags._content.TryAdd(key.Trim(), content);
        }
        return tags;
    }

    public string? Get(string key) => _content.GetValueOrDefault(key);
}
