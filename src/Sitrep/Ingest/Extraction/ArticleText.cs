using AngleSharp.Dom;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Extraction;

/// <summary>
/// The text of an article's parts, one line per paragraph (<see cref="HtmlText"/>), without what the page walk left
/// out nor, inside the parts, blocks that look like boilerplate: a negative class or id hint, or mostly links
/// (Readability's conditional cleaning, kept to its link rule).
/// </summary>
internal static class ArticleText
{
    // Blocks whose class or id may mark them as boilerplate; inline elements are kept, lest a sentence lose a word.
    private static readonly HashSet<string> Hinted = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "ul", "ol", "dl", "table", "p", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    // Blocks that are boilerplate when mostly links: lists of related stories, tag clouds, share bars.
    private static readonly HashSet<string> LinkLists = new(StringComparer.OrdinalIgnoreCase) { "div", "section", "ul", "ol", "dl", "table" };

    private const int ProseCommas = 10;
    private const double MaxLinkDensity = 0.2;
    private const double MaxLinkDensityWhenPositive = 0.5;

    public static string Of(IReadOnlyList<IElement> parts, PageFacts page)
    {
        var texts = parts.Select(part => HtmlText.FromNode(part, e => e != part && LeftOut(e, page))).Where(t => t.Length > 0);
        return string.Join('\n', texts);
    }

    private static bool LeftOut(IElement element, PageFacts page)
    {
        if (page.Of(element) is not { } facts) return true;
        if (!Hinted.Contains(element.LocalName)) return false;
        if (facts.HintWeight < 0) return true;
        var maxDensity = facts.HintWeight > 0 ? MaxLinkDensityWhenPositive : MaxLinkDensity;
        return LinkLists.Contains(element.LocalName) && facts.Commas < ProseCommas && facts.LinkDensity > maxDensity;
    }
}
