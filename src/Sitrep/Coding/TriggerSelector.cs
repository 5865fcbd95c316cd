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

    /// <remarks>
    /// A <see cref="MentionList"/>, not a read-only list: the coder and the document's main place read the triggers
    /// chosen by count and index, and a list of three types (an array, a boxed sentence's list, a <c>List</c>) made
    /// each read a dispatch, and boxing the sentence's own list an object for every sentence whose triggers all tell.
    /// </remarks>
    public static MentionList Select(SentenceMentions s)
    {
        // Most sentences have no trigger: nothing to weigh, no cue to index.
        var triggers = s.Of(MentionKind.Trigger);
        if (triggers.Count == 0) return MentionList.Empty;
        // Most sentences with a trigger have one: nothing to weigh it against (no class subsumes itself, one battle is
        // no succession), so it is chosen when it tells an act, handed out as the sentence's own list.
        if (triggers.Count == 1) return new NoActCues(s).TellsAnAct(triggers[0]) ? triggers : MentionList.Empty;
        // Of several, lists are made only where a trigger is left out (the lists below are read by index, as an
        // IReadOnlyList's enumerator is an allocation).
        var chosen = StrongOrAll(TellingAnAct(s, triggers));
        if (chosen.Count > 1) chosen = WithoutCoordinatedShelling(s, chosen);
        List<LocatedMention>? battles = null;
        LocatedMention? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < chosen.Count; i++)
        {
            var t = chosen[i];
            if (!IsBattle(t.Value)) continue;
            (battles ??= []).Add(t);
            var rank = Array.IndexOf(BattlePriority, t.Value) is var at && at >= 0 ? at : BattlePriority.Length;
            if (rank < bestRank) (best, bestRank) = (t, rank);
        }
        var successive = SuccessiveBattles(s, battles);
        // Made at the first trigger left out; until then, the triggers kept are the first ones chosen.
        List<LocatedMention>? kept = null;
        for (var i = 0; i < chosen.Count; i++)
        {
            var t = chosen[i];
            var battle = IsBattle(t.Value);
            // With successive battles every battle is kept below; else only the most telling one. One trigger a class.
            if (battle && (successive is not null || t != best) || Subsumed(chosen, t.Value) || HasClass(kept, chosen, i, t.Value))
                kept ??= FirstOnes(chosen, i);
            else kept?.Add(t);
        }
        var result = kept ?? chosen;
        return Listed(successive is null ? result : result.Concat(successive).OrderBy(t => t.FirstToken).ToList());
    }

    /// <summary>The triggers chosen as a <see cref="MentionList"/>: the sentence's own when none was left out, else a copy of the list made.</summary>
    private static MentionList Listed(IReadOnlyList<LocatedMention> chosen)
    {
        if (chosen is MentionList own) return own;
        var items = new LocatedMention[chosen.Count];
        for (var i = 0; i < items.Length; i++) items[i] = chosen[i];
        return new MentionList(items);
    }

    /// <summary>The triggers that tell an act: not one that states an aim, a fear or an absence, or a concession.</summary>
    private static IReadOnlyList<LocatedMention> TellingAnAct(SentenceMentions s, MentionList triggers)
    {
        var noAct = new NoActCues(s);
        List<LocatedMention>? telling = null;
        for (var i = 0; i < triggers.Count; i++)
        {
            var t = triggers[i];
            if (!noAct.TellsAnAct(t)) telling ??= FirstOnes(triggers, i);
            else telling?.Add(t);
        }
        return telling ?? (IReadOnlyList<LocatedMention>)triggers;
    }

    /// <summary>A sentence's cues before a trigger that make it tell no act: an aim, a fear or an absence, a concession.</summary>
    private readonly struct NoActCues(SentenceMentions s)
    {
        private readonly MentionsNear _aims = new(s.Cues("purpose"));
        private readonly MentionsNear _irrealis = new(s.Cues("irrealis"));
        private readonly MentionsNear _concession = new(s.Cues("concession"));

        public bool TellsAnAct(LocatedMention t) =>
            !(t.Value == NoEvent || EndsBefore(_aims, t.FirstToken, 1)
              || EndsBefore(_irrealis, t.FirstToken, IrrealisReach) || EndsBefore(_concession, t.FirstToken, IrrealisReach));
    }

    /// <summary>The strong triggers when there are any, else all: the list given when all or none are strong.</summary>
    private static IReadOnlyList<LocatedMention> StrongOrAll(IReadOnlyList<LocatedMention> triggers)
    {
        var strong = 0;
        for (var i = 0; i < triggers.Count; i++)
            if (triggers[i].Detail == "strong") strong++;
        if (strong == 0 || strong == triggers.Count) return triggers;
        var list = new List<LocatedMention>(strong);
        for (var i = 0; i < triggers.Count; i++)
            if (triggers[i].Detail == "strong") list.Add(triggers[i]);
        return list;
    }

    /// <summary>The first <paramref name="count"/> mentions, in a list with room for the rest.</summary>
    /// <remarks>Generic: a sentence's triggers are a <see cref="MentionList"/>, read as it is, not boxed.</remarks>
    private static List<LocatedMention> FirstOnes<TList>(TList mentions, int count) where TList : IReadOnlyList<LocatedMention>
    {
        var list = new List<LocatedMention>(mentions.Count);
        for (var i = 0; i < count; i++) list.Add(mentions[i]);
        return list;
    }

    /// <summary>Whether a trigger kept so far has the class: in <paramref name="kept"/>, or while it is not made, among the first <paramref name="count"/> chosen.</summary>
    private static bool HasClass(List<LocatedMention>? kept, IReadOnlyList<LocatedMention> chosen, int count, string triggerClass)
    {
        IReadOnlyList<LocatedMention> triggers = kept ?? chosen;
        var end = kept?.Count ?? count;
        for (var i = 0; i < end; i++)
            if (triggers[i].Value == triggerClass) return true;
        return false;
    }

    /// <summary>Words a fight noun and the shelling coordinated with it may stand apart ("des combats violents et des tirs d'obus").</summary>
    private const int CoordinationReach = 6;

    /// <summary>
    /// "ce qui a provoqué des combats violents et des tirs d'obus": shelling told in one breath with a fight,
    /// with no target of its own, is the fight's weapons, not another attack.
    /// </summary>
    private static List<LocatedMention> WithoutCoordinatedShelling(SentenceMentions s, IReadOnlyList<LocatedMention> chosen)
    {
        var kept = new List<LocatedMention>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++)
            if (!(chosen[i].Value == "Shelling/artillery/missile attack" && CoordinatedWithAFight(s, chosen, chosen[i]))) kept.Add(chosen[i]);
        return kept;
    }

    private static bool CoordinatedWithAFight(SentenceMentions s, IReadOnlyList<LocatedMention> chosen, LocatedMention shelling)
    {
        for (var i = 0; i < chosen.Count; i++)
        {
            var b = chosen[i];
            if (b.Value == "Armed clash" && b.EndToken <= shelling.FirstToken && shelling.FirstToken - b.EndToken <= CoordinationReach
                && s.Has(b.EndToken, shelling.FirstToken, FunctionWord.And))
                return true;
        }
        return false;
    }

    /// <summary>A cue that ends at most <paramref name="reach"/> tokens before <paramref name="token"/>.</summary>
    private static bool EndsBefore(MentionsNear cues, int token, int reach)
    {
        foreach (var c in cues.Around(token - reach, token))
            if (c.EndToken <= token && token - c.EndToken <= reach) return true;
        return false;
    }

    /// <summary>Whether the class of one of the triggers chosen subsumes this one (no list of their classes: they are a few).</summary>
    private static bool Subsumed(IReadOnlyList<LocatedMention> chosen, string triggerClass)
    {
        for (var i = 0; i < chosen.Count; i++)
            if (Subsumes(chosen[i].Value, triggerClass)) return true;
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
            if (FirstStartingIn(dates, battles[i].EndToken, end) is not { } date) return null;
            own.Add(date.Value);
        }
        return own.Distinct().Count() == own.Count ? battles : null;
    }

    private static LocatedMention? FirstStartingIn(MentionList mentions, int first, int end)
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
