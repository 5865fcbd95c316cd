using Sitrep.Model;

namespace Sitrep.Tests.Challenge;

/// <summary>A one-to-one matching of expected to predicted events (Kuhn's augmenting paths; cases are small).</summary>
public static class ChallengeMatching
{
    /// <summary>For each expected event, the index of its predicted partner, or null when none is left for it.</summary>
    public static int?[] Match(IReadOnlyList<ExpectedEvent> expected, IReadOnlyList<Event> predicted)
    {
        var fits = expected.Select(e => Enumerable.Range(0, predicted.Count).Where(p => Fits(e, predicted[p])).ToList()).ToList();
        var owner = new int?[predicted.Count];
        for (var e = 0; e < expected.Count; e++)
            TryAssign(e, fits, owner, new bool[predicted.Count]);
        var partner = new int?[expected.Count];
        for (var p = 0; p < owner.Length; p++)
            if (owner[p] is int e) partner[e] = p;
        return partner;
    }

    public static bool Fits(ExpectedEvent expected, Event predicted) =>
        predicted.SubEventType == expected.SubEventType
        && ChallengeFields.SameLocation(expected, predicted)
        && !ChallengeFields.Disagreements(expected, predicted).Any();

    private static bool TryAssign(int e, List<List<int>> fits, int?[] owner, bool[] seen)
    {
        foreach (var p in fits[e])
        {
            if (seen[p]) continue;
            seen[p] = true;
            if (owner[p] is not int other || TryAssign(other, fits, owner, seen))
            {
                owner[p] = e;
                return true;
            }
        }
        return false;
    }
}
