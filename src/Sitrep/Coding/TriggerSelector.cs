using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Chooses the triggers of a sentence that make events: strong ones, or weak ones when no strong one is
/// there; within an event type the most telling class wins (a capture after a fight is one capture).
/// A trigger that states an aim ("pour s'emparer de"), a fear or an absence ("aucun combat") is no event.
/// </summary>
public static class TriggerSelector
{
    /// <summary>"redoutent une nouvelle offensive", "aucun combat": the words a fear or an absence may stand before its trigger.</summary>
    private const int IrrealisReach = 3;

    private static readonly string[] BattlePriority = ["capture", "fall", "withdraw"];

    public static IReadOnlyList<LocatedMention> Select(SentenceMentions s)
    {
        var aims = s.Cues("purpose").ToList();
        var unreal = s.Cues("irrealis").ToList();
        var all = s.Of(MentionKind.Trigger)
            .Where(t => !aims.Any(a => a.EndToken <= t.FirstToken && t.FirstToken - a.EndToken <= 1))
            .Where(t => !unreal.Any(a => a.EndToken <= t.FirstToken && t.FirstToken - a.EndToken <= IrrealisReach))
            .ToList();
        var strong = all.Where(t => t.Detail == "strong").ToList();
        var chosen = strong.Count > 0 ? strong : all;
        var battles = chosen.Where(t => IsBattle(t.Value)).ToList();
        var best = battles.OrderBy(t => Array.IndexOf(BattlePriority, t.Value) is var i && i >= 0 ? i : BattlePriority.Length).FirstOrDefault();
        return chosen.Where(t => !IsBattle(t.Value) || t == best).DistinctBy(t => t.Value).ToList();
    }

    private static bool IsBattle(string triggerClass) =>
        triggerClass is "capture" or "fall" or "withdraw" or "Armed clash";
}
