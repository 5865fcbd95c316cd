using AngleSharp.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>
/// Readability's scores: each paragraph of 25 characters or more scores 1, plus one per comma, plus one per 100
/// characters (at most 3), and gives it to its parent, half to its grandparent and a third of the level to the
/// ancestors above, up to five levels. A container starts from a score by its tag and its class and id hints;
/// its final score is cut by the share of its text inside links.
/// </summary>
internal sealed class CandidateScores
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;

    private readonly PageFacts _page;
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _inOrder = [];

    private CandidateScores(PageFacts page) => _page = page;

    /// <summary>The containers that received a score, in document order.</summary>
    public IReadOnlyList<IElement> Candidates => _inOrder;

    public double? Of(IElement element) => _scores.TryGetValue(element, out var score) ? score : null;

    public static CandidateScores Score(PageFacts page, IElement body)
    {
        var scores = new CandidateScores(page);
        foreach (var element in page.InOrder)
        {
            var facts = page.Of(element)!;
            if (!IsParagraph(element, facts) || facts.TextLength < MinParagraphChars) continue;
            var points = 1 + facts.Commas + Math.Min(facts.TextLength / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null && ancestor != body.ParentElement; level++)
            {
                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores.Add(ancestor, (double)points / divider);
                ancestor = ancestor.ParentElement;
            }
        }
        foreach (var candidate in scores._inOrder)
            scores._scores[candidate] *= 1 - page.Of(candidate)!.LinkDensity;
        return scores;
    }

    private void Add(IElement candidate, double points)
    {
        if (!_scores.TryGetValue(candidate, out var score))
        {
            score = TagScore(candidate.LocalName) + _page.Of(candidate)!.HintWeight;
            _inOrder.Add(candidate);
        }
        _scores[candidate] = score + points;
    }

    private static bool IsParagraph(IElement element, ElementFacts facts) => element.LocalName switch
    {
        "p" or "pre" or "td" => true,
        "div" or "section" => !facts.HasBlockInside,
        _ => false,
    };

    private static int TagScore(string tag) => tag switch
    {
        "div" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };
}
