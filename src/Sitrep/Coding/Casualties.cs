using Sitrep.Model;
using Sitrep.Recognition.Numbers;

namespace Sitrep.Coding;

/// <summary>
/// Deaths and injuries a sentence states, which quantity mentions stated them, and whether every one of them counts
/// people who do not fight (<see cref="OfCivilians"/>: "7 personnes", not "12 soldats"). The figures used are a list, not
/// a set: a sentence states a few, each once, and a set (its buckets and entries) was made for every sentence with a toll.
/// </summary>
public sealed record Casualties(int? Fatalities, int? Injured, IReadOnlyList<Mention> Used, bool OfCivilians = false)
{
    public static readonly Casualties None = new(null, null, []);
}

/// <summary>The nouns the casualty reader needs: nouns of people (counted_nouns.txt) and of fighters (combatant_nouns.txt).</summary>
public sealed record CasualtyNouns(NounList People, NounList Combatants)
{
    public static CasualtyNouns Load(string language) =>
        new(NounList.Load(language, "counted_nouns.txt"), NounList.Load(language, "combatant_nouns.txt"));
}

/// <summary>
/// Reads casualty figures: a number next to a word of death or injury (cues.tsv "fatal" and "injury"),
/// on either side: "43 morts", "tuant 5 personnes", "la mort de 68 miliciens", "9 blessés".
/// </summary>
public static class CasualtyReader
{
    /// <summary>Tokens allowed between the cue and a number after it ("tuant quelque 5 personnes").</summary>
    private const int Reach = 3;

    /// <summary>Tokens allowed between a number and the cue after it ("30 civils et plusieurs miliciens du quartier ont péri").</summary>
    private const int ReachAfter = 8;

    public static Casualties Read(SentenceMentions s, CasualtyNouns nouns)
    {
        var quantities = s.Of(MentionKind.Quantity);
        // Most sentences hold no number: nothing to read, no cue to index.
        if (quantities.Count == 0) return Casualties.None;
        // Made at the first figure of people: most numbers count no one (years, distances, weapons).
        List<Mention>? used = null;
        int? dead = null, hurt = null;
        // Indexed at the first figure of people (most numbers count no one).
        MentionsNear? fatal = null, injury = null;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            // "14 ans", "deux camps": a number of anything but people counts no casualties.
            if (!IsCount(q) || !CountsPeople(q, nouns.People, s.Words)) continue;
            // "entre 20 et 30 morts", "de 20 à 30 morts": a range counts its low end.
            if (i > 0 && IsRangeEnd(s, quantities[i - 1], q)) { (used ??= []).Add(q.Mention); continue; }
            // "au moins 18 civils, dont cinq enfants": a part of the dead already counted.
            if (i > 0 && SubsetCueRightBefore(s, q)) { (used ??= []).Add(q.Mention); continue; }
            if (NearestCue(s, fatal ??= new MentionsNear(s.Cues("fatal")), injury ??= new MentionsNear(s.Cues("injury")), q) is not { } cue) continue;
            (used ??= []).Add(q.Mention);
            // A count (IsCount read it): a whole number from 0 to 1e7.
            QuantityValue.TryRead(q.Value, out var figure);
            var n = (int)figure;
            if (cue.Value == "fatal") dead = (dead ?? 0) + n;
            else hurt = (hurt ?? 0) + n;
        }
        return used is null ? Casualties.None : new Casualties(dead, hurt, used, NoneCountsFighters(used, nouns.Combatants));
    }

    private static bool SubsetCueRightBefore(SentenceMentions s, LocatedMention q)
    {
        var cues = s.Cues("subset");
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].EndToken <= q.FirstToken && q.FirstToken - cues[i].EndToken <= 1) return true;
        return false;
    }

    private static bool NoneCountsFighters(List<Mention> figures, NounList combatants)
    {
        foreach (var q in figures)
            if (combatants.Contains(q.Detail ?? "")) return false;
        return true;
    }

    /// <summary>No unit ("une centaine ont péri"), a verb after it ("3 ont été tués"), or a noun of people.</summary>
    private static bool CountsPeople(LocatedMention q, NounList people, FunctionWords words) =>
        string.IsNullOrEmpty(q.Detail) || words.Is(q.Detail, FunctionWord.PeopleVerb) || people.Contains(q.Detail);

    private static bool IsRangeEnd(SentenceMentions s, LocatedMention low, LocatedMention high) =>
        high.FirstToken == low.EndToken + 1 && s.Is(low.EndToken, FunctionWord.RangeLink)
        && low.FirstToken > s.Sentence.FirstToken && s.Is(low.FirstToken - 1, FunctionWord.RangeStart);

    /// <summary>The death or injury word a number belongs to: the nearest one, the word after the number first ("43 morts").</summary>
    private static LocatedMention? NearestCue(SentenceMentions s, MentionsNear fatal, MentionsNear injury, LocatedMention q)
    {
        LocatedMention? best = null;
        var bestDistance = int.MaxValue;
        var (from, to) = (q.FirstToken - Reach, q.EndToken + ReachAfter + SubsetClause);
        foreach (var c in fatal.Around(from, to)) Weigh(s, c, q, ref best, ref bestDistance);
        foreach (var c in injury.Around(from, to)) Weigh(s, c, q, ref best, ref bestDistance);
        return best;
    }

    private static void Weigh(SentenceMentions s, LocatedMention c, LocatedMention q, ref LocatedMention? best, ref int bestDistance)
    {
        int distance;
        if (c.FirstToken >= q.EndToken && c.FirstToken - q.EndToken <= ReachAfter + (HasSubsetClause(s, q.EndToken, c.FirstToken) ? SubsetClause : 0))
            distance = 2 * (c.FirstToken - q.EndToken);
        else if (q.FirstToken >= c.EndToken && q.FirstToken - c.EndToken <= Reach)
            // "une femme a été tuée et 23 personnes blessées": a word before the number that ends another clause
            // counts only when no word after the number does.
            distance = 2 * (q.FirstToken - c.EndToken) + 1 + (EndsAClause(s, c.EndToken, q.FirstToken) ? 4 * ReachAfter : 0);
        else return;
        if (distance < bestDistance) (best, bestDistance) = (c, distance);
    }

    /// <summary>The words a "dont" clause may add between a number and its death word ("15 civils, dont trois enfants, sont morts").</summary>
    private const int SubsetClause = 6;

    private static bool HasSubsetClause(SentenceMentions s, int from, int to)
    {
        var cues = s.Cues("subset");
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].FirstToken >= from && cues[i].EndToken <= to) return true;
        return false;
    }

    private static bool EndsAClause(SentenceMentions s, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (s.Is(t, FunctionWord.And) || s.Norm(t) is "," or ";") return true;
        return false;
    }

    private static bool IsCount(LocatedMention q) =>
        QuantityValue.TryRead(q.Value, out var v) && v >= 0 && v < 1e7 && v == Math.Floor(v)
        && q.Detail is not "%";
}
