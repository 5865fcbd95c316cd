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

    private static readonly string[] BattlePriority = ["capture", "fall", "lose", "withdraw"];

    public static IReadOnlyList<LocatedMention> Select(SentenceMentions s)
    {
        // Most sentences have no trigger: nothing to weigh, no cue to index.
        var triggers = s.Of(MentionKind.Trigger);
        if (triggers.Count == 0) return [];
        var aims = CuesNear(s.Cues("purpose"));
        var (irrealis, concession) = (CuesNear(s.Cues("irrealis")), CuesNear(s.Cues("concession")));
        var all = new List<LocatedMention>(triggers.Count);
        var strong = new List<LocatedMention>(triggers.Count);
        foreach (var t in triggers)
        {
            if (t.Value == NoEvent || EndsBefore(aims, t.FirstToken, 1)
                || EndsBefore(irrealis, t.FirstToken, IrrealisReach) || EndsBefore(concession, t.FirstToken, IrrealisReach)) continue;
            all.Add(t);
            if (t.Detail == "strong") strong.Add(t);
        }
        var chosen = strong.Count > 0 ? strong : all;
        if (chosen.Count > 1) chosen = WithoutCoordinatedShelling(s, chosen);
        List<LocatedMention>? battles = null;
        var classes = new List<string>();
        LocatedMention? best = null;
        var bestRank = int.MaxValue;
        foreach (var t in chosen)
        {
            // Subsuming depends on the classes only: each is tested against the few classes chosen, not every trigger.
            if (!classes.Contains(t.Value)) classes.Add(t.Value);
            if (!IsBattle(t.Value)) continue;
            (battles ??= []).Add(t);
            var rank = Array.IndexOf(BattlePriority, t.Value) is var i && i >= 0 ? i : BattlePriority.Length;
            if (rank < bestRank) (best, bestRank) = (t, rank);
        }
        var successive = SuccessiveBattles(s, battles);
        var kept = new List<LocatedMention>();
        foreach (var t in chosen)
        {
            var battle = IsBattle(t.Value);
            // With successive battles every battle is kept below; else only the most telling one. One trigger a class.
            if (battle && (successive is not null || t != best) || Subsumed(classes, t.Value) || HasClass(kept, t.Value)) continue;
            kept.Add(t);
        }
        return successive is null ? kept : kept.Concat(successive).OrderBy(t => t.FirstToken).ToList();
    }

    private static bool HasClass(List<LocatedMention> triggers, string triggerClass)
    {
        foreach (var t in triggers)
            if (t.Value == triggerClass) return true;
        return false;
    }

    /// <summary>Words a fight noun and the shelling coordinated with it may stand apart ("des combats violents et des tirs d'obus").</summary>
    private const int CoordinationReach = 6;

    /// <summary>
    /// "ce qui a provoqué des combats violents et des tirs d'obus": shelling told in one breath with a fight,
    /// with no target of its own, is the fight's weapons, not another attack.
    /// </summary>
    private static List<LocatedMention> WithoutCoordinatedShelling(SentenceMentions s, List<LocatedMention> chosen)
    {
        var kept = new List<LocatedMention>(chosen.Count);
        foreach (var t in chosen)
        {
            if (!(t.Value == "Shelling/artillery/missile attack" && CoordinatedWithAFight(s, chosen, t))) kept.Add(t);
        }
        return kept;
    }

    private static bool CoordinatedWithAFight(SentenceMentions s, List<LocatedMention> chosen, LocatedMention shelling)
    {
        foreach (var b in chosen)
            if (b.Value == "Armed clash" && b.EndToken <= shelling.FirstToken && shelling.FirstToken - b.EndToken <= CoordinationReach
                && s.Has(b.EndToken, shelling.FirstToken, FunctionWord.And))
                return true;
        return false;
    }

    /// <summary>Cues of one kind by first token, or null when there is none.</summary>
    private static MentionsNear? CuesNear(IReadOnlyList<LocatedMention> cues) => cues.Count > 0 ? new MentionsNear(cues) : null;

    /// <summary>A cue that ends at most <paramref name="reach"/> tokens before <paramref name="token"/>.</summary>
    private static bool EndsBefore(MentionsNear? cues, int token, int reach)
    {
        if (cues is null) return false;
        foreach (var c in cues.Around(token - reach, token))
            if (c.EndToken <= token && token - c.EndToken <= reach) return true;
        return false;
    }

    private static bool Subsumed(List<string> classes, string triggerClass)
    {
        foreach (var other in classes)
            if (Subsumes(other, triggerClass)) return true;
        return false;
    }

    /// <summary>
    /// "prise par l'EI en 2014, reprise par l'armée en 2016 puis perdue encore en 2017": battle words
    /// that each have a date of their own (before the next one) tell successive battles, not one.
    /// </summary>
    private static IReadOnlyList<LocatedMention>? SuccessiveBattles(SentenceMentions s, List<LocatedMention>? battles)
    {
        if (battles is null || battles.Count < 2) return null;
        var dates = s.Of(MentionKind.Date);
        var own = new List<string>();
        for (var i = 0; i < battles.Count; i++)
        {
            var end = i + 1 < battles.Count ? battles[i + 1].FirstToken : s.Sentence.EndToken;
            var date = FirstStartingIn(dates, battles[i].EndToken, end);
            if (date is null) return null;
            own.Add(date.Value);
        }
        return own.Distinct().Count() == own.Count ? battles : null;
    }

    private static LocatedMention? FirstStartingIn(IReadOnlyList<LocatedMention> mentions, int first, int end)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].FirstToken >= first && mentions[i].FirstToken < end) return mentions[i];
        return null;
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
        triggerClass is "capture" or "fall" or "lose" or "withdraw" or "Armed clash" or "repel";
}
