using AngleSharp.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>
/// The container that best holds the article: the highest score, moved up to an ancestor when the score says the
/// article spreads wider (Readability's rules). The body when no paragraph scored.
/// </summary>
internal static class TopCandidate
{
    private const int Alternatives = 5;
    private const double AlternativeShare = 0.75;
    private const int MinAlternativesSharing = 3;

    public static IElement Find(CandidateScores scores, IElement body)
    {
        var best = scores.Candidates.Select(c => (Element: c, Score: scores.Of(c)!.Value))
            .OrderByDescending(c => c.Score)
            .Take(Alternatives)
            .ToList();
        if (best.Count == 0) return body;
        var top = best[0].Element;
        top = SharedAncestor(top, best.Skip(1).Where(c => c.Score >= best[0].Score * AlternativeShare).Select(c => c.Element).ToList(), body)
            ?? ClimbWhileScoresHold(top, best[0].Score, scores, body);
        while (top != body && top.ParentElement is { } parent && parent != body && parent.Children.Length == 1) top = parent;
        return top;
    }

    /// <summary>When paragraphs sit in many small containers, the first ancestor of the top one that at least three near-equals share.</summary>
    private static IElement? SharedAncestor(IElement top, List<IElement> nearEquals, IElement body)
    {
        if (nearEquals.Count < MinAlternativesSharing) return null;
        var ancestry = nearEquals.Select(Ancestors).ToList();
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            if (ancestry.Count(a => a.Contains(ancestor)) >= MinAlternativesSharing) return ancestor;
        }
        return null;
    }

    private static HashSet<IElement> Ancestors(IElement element)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var a = element.ParentElement; a is not null; a = a.ParentElement) set.Add(a);
        return set;
    }

    /// <summary>Goes up while ancestors keep a third of the score, taking the first that scores higher.</summary>
    private static IElement ClimbWhileScoresHold(IElement top, double topScore, CandidateScores scores, IElement body)
    {
        var threshold = topScore / 3;
        var last = topScore;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (scores.Of(parent) is not { } score) continue;
            if (score < threshold) break;
            if (score > last) return parent;
            last = score;
        }
        return top;
    }
}
