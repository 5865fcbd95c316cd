using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>
/// The top container and those of its siblings that belong to the article too (Readability's rule): a sibling that
/// scores at least a fifth of the top score (more easily when it shares its class), or a paragraph of prose, long
/// with few links, or short with none and a sentence end.
/// </summary>
internal static partial class ArticleSiblings
{
    private const double MinShare = 0.2;
    private const double MinScore = 10;
    private const int LongParagraph = 80;
    private const double MaxLongLinkDensity = 0.25;

    /// <summary>The parts of the article in document order, <paramref name="top"/> among them.</summary>
    public static IReadOnlyList<IElement> Of(IElement top, PageFacts page, CandidateScores scores)
    {
        if (top.ParentElement is not { } parent) return [top];
        var topScore = scores.Of(top) ?? 0;
        var threshold = Math.Max(MinScore, topScore * MinShare);
        var topClass = top.ClassName;
        var parts = new List<IElement>();
        // By index into the node list: AngleSharp's sibling properties search the parent's children, and its element
        // collection (Children) is lazy and may enumerate them again at each index.
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement sibling) continue;
            if (sibling == top) parts.Add(top);
            else if (page.Of(sibling) is { } facts && Belongs(sibling, facts, scores, topClass, topScore, threshold)) parts.Add(sibling);
        }
        return parts;
    }

    private static bool Belongs(IElement sibling, ElementFacts facts, CandidateScores scores, string? topClass, double topScore, double threshold)
    {
        var bonus = !string.IsNullOrEmpty(topClass) && sibling.ClassName == topClass ? topScore * MinShare : 0;
        if (scores.Of(sibling) is { } score && score + bonus >= threshold) return true;
        if (sibling.LocalName != "p") return false;
        if (facts.TextLength > LongParagraph) return facts.LinkDensity < MaxLongLinkDensity;
        return facts.TextLength > 0 && facts.LinkLength == 0 && SentenceEnd().IsMatch(sibling.TextContent);
    }

    [GeneratedRegex(@"\.( |$)", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex SentenceEnd();
}
