using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Chooses the triggers of a sentence that make events: strong ones, or weak ones when no strong one is
/// there; within an event type the most telling class wins (a capture after a fight is one capture).
/// A trigger that states an aim ("pour s'emparer de"), a fear or an absence ("aucun combat"), or the background of a
/// concession ("malgré les combats") is no event.
/// </summary>
public static class TriggerSelector
{
    /// <summary>"redoutent une nouvelle offensive", "aucun combat": the words a fear or an absence may stand before its trigger.</summary>
    private const int IrrealisReach = 3;

    /// <summary>The class of a phrase that holds a trigger but tells no event (triggers.tsv).</summary>
    private const string NoEvent = "none";

    private static readonly string[] BattlePriority = ["capture", "fall", "withdraw"];

    public static IReadOnlyList<LocatedMention> Select(SentenceMentions s)
    {
        // Most sentences have no trigger: nothing to weigh, no cue to index.
        if (s.Of(MentionKind.Trigger).Count == 0) return [];
        var aims = new MentionsNear(s.Cues("purpose"));
        var unreal = new MentionsNear(s.Cues("irrealis").Concat(s.Cues("concession")).OrderBy(c => c.FirstToken));
        var all = s.Of(MentionKind.Trigger)
            .Where(t => t.Value != NoEvent)
            .Where(t => !aims.Around(t.FirstToken - 1, t.FirstToken).Any(a => a.EndToken <= t.FirstToken && t.FirstToken - a.EndToken <= 1))
            .Where(t => !unreal.Around(t.FirstToken - IrrealisReach, t.FirstToken).Any(a => a.EndToken <= t.FirstToken && t.FirstToken - a.EndToken <= IrrealisReach))
            .ToList();
        var strong = all.Where(t => t.Detail == "strong").ToList();
        var chosen = strong.Count > 0 ? strong : all;
        var battles = chosen.Where(t => IsBattle(t.Value)).ToList();
        var best = battles.OrderBy(t => Array.IndexOf(BattlePriority, t.Value) is var i && i >= 0 ? i : BattlePriority.Length).FirstOrDefault();
        // Subsuming depends on the classes only: each is tested against the few classes chosen, not every trigger.
        var classes = chosen.Select(t => t.Value).Distinct().ToList();
        var others = chosen.Where(t => !IsBattle(t.Value) && !classes.Any(other => Subsumes(other, t.Value))).DistinctBy(t => t.Value);
        return SuccessiveBattles(s, battles) is { } successive
            ? others.Concat(successive).OrderBy(t => t.FirstToken).ToList()
            : chosen.Where(t => !IsBattle(t.Value) || t == best).Where(t => !classes.Any(other => Subsumes(other, t.Value))).DistinctBy(t => t.Value).ToList();
    }

    /// <summary>
    /// "prise par l'EI en 2014, reprise par l'armée en 2016 puis perdue encore en 2017": battle words
    /// that each have a date of their own (before the next one) tell successive battles, not one.
    /// </summary>
    private static IReadOnlyList<LocatedMention>? SuccessiveBattles(SentenceMentions s, List<LocatedMention> battles)
    {
        if (battles.Count < 2) return null;
        var dates = s.Of(MentionKind.Date);
        var own = new List<string>();
        for (var i = 0; i < battles.Count; i++)
        {
            var end = i + 1 < battles.Count ? battles[i + 1].FirstToken : s.Sentence.EndToken;
            var date = dates.FirstOrDefault(d => d.FirstToken >= battles[i].EndToken && d.FirstToken < end);
            if (date is null) return null;
            own.Add(date.Value);
        }
        return own.Distinct().Count() == own.Count ? battles : null;
    }

    /// <summary>
    /// One act, told by two triggers: a suicide bombing with a car bomb is a suicide bombing; a defused car bomb
    /// is a disrupted weapon, not an explosion; the dead of a bombing or a fight are its toll, not another attack.
    /// </summary>
    private static bool Subsumes(string broad, string narrow) => (broad, narrow) switch
    {
        (not "kill" and not "protest" and not "Agreement" and not "Other" and not "evacuate" and not "Arrests", "kill") => true,
        ("Suicide bomb", "Remote explosive/landmine/IED") => true,
        ("Disrupted weapons use", "Remote explosive/landmine/IED" or "Suicide bomb" or "Shelling/artillery/missile attack" or "Air/drone strike" or "strike") => true,
        _ => false,
    };

    private static bool IsBattle(string triggerClass) =>
        triggerClass is "capture" or "fall" or "withdraw" or "Armed clash";
}
