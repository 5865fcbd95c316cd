using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>
/// Counts claims matched one to one within a document: the same value (within 1e-9) and the same nearest
/// source, or both chains empty. Gold claims take the first free matching prediction, in order.
/// </summary>
public static class ClaimMatcher
{
    private const double Tolerance = 1e-9;

    public static MatchCounts Count(IReadOnlyList<Claim> gold, IReadOnlyList<Claim> predicted)
    {
        var used = new bool[predicted.Count];
        var tp = 0;
        foreach (var g in gold)
        {
            var p = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => !used[i] && Matches(g, predicted[i]), -1);
            if (p < 0) continue;
            used[p] = true;
            tp++;
        }
        return new MatchCounts(tp, predicted.Count - tp, gold.Count - tp);
    }

    public static bool Matches(Claim gold, Claim predicted) =>
        Math.Abs(gold.Value - predicted.Value) <= Tolerance
        && MatchKeys.SameName(MatchKeys.NearestSource(gold.Sources), MatchKeys.NearestSource(predicted.Sources));
}
