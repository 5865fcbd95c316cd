using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Chooses the places a sentence's events happen at: one event per place (ACLED's rule), the most precise
/// places only — a city or province that contains another place of the sentence is context, not a location —
/// and never a place inside an actor's or a source's name ("l'armée de Damas"). For a trigger, only the list
/// of places nearest to it counts: "ont quitté Harasta pour Idleb" happens at Harasta, not at Idleb too.
/// </summary>
public static class PlaceSelector
{
    /// <summary>Tokens allowed between two places of one list ("Machargat, Mouhafazat, l'entourage du palais, ...").</summary>
    private const int ListGap = 10;

    /// <summary>In French the place of an act mostly follows its verb ("a bombardé X", "s'est retiré de X"): a place before the trigger counts as this much farther.</summary>
    private const int BeforePenalty = 3;

    public static IReadOnlyList<EventPlace> Select(SentenceMentions s, IPlaceResolver resolver, LocatedMention trigger)
    {
        var places = s.EventPlaces(resolver);
        if (places.Count <= 1) return places;
        var lists = new List<List<EventPlace>>();
        foreach (var p in places.OrderBy(p => p.Mention!.FirstToken))
        {
            if (lists.Count > 0 && InSameList(s, lists[^1][^1], p)) lists[^1].Add(p);
            else lists.Add([p]);
        }
        var finest = lists.Min(Coarseness);
        var nearest = lists.OrderBy(l => Coarseness(l) > finest ? 1 : 0).ThenBy(l => l.Min(p => Distance(p, trigger)))
            .ThenBy(l => l[0].Mention!.FirstToken).First();
        // "Safireh et Khanasser, au sud-est d'Alep": a place only located from is context for the places of its list.
        return nearest.Any(p => !IsLocatedFrom(p)) ? nearest.Where(p => !IsLocatedFrom(p)).ToList() : nearest;
    }

    /// <summary>Named after a direction or part word ("au sud-est d'Alep"), not a place without a point of its own.</summary>
    private static bool IsLocatedFrom(EventPlace p) =>
        p.Mention is { } m && Sitrep.Recognition.Places.PlaceMentionDetail.Parse(m.Mention.Detail).GeoPrecision >= 2;

    private static bool InSameList(SentenceMentions s, EventPlace previous, EventPlace next)
    {
        var from = previous.Mention!.EndToken;
        var to = next.Mention!.FirstToken;
        if (to - from > ListGap) return false;
        for (var t = from; t < to; t++)
            if (s.Norm(t) is "," or "et" or "ou" or ":") return true;
        return false;
    }

    private static int Distance(EventPlace p, LocatedMention trigger) =>
        p.Mention!.FirstToken >= trigger.EndToken ? p.Mention.FirstToken - trigger.EndToken
        : p.Mention.EndToken <= trigger.FirstToken ? BeforePenalty * (trigger.FirstToken - p.Mention.EndToken) : 0;

    /// <summary>
    /// A list of provinces or districts, or of places only located from ("à l'ouest d'Alep"), is context when a
    /// list of towns or quarters is there.
    /// </summary>
    private static int Coarseness(List<EventPlace> list) =>
        list.All(p => p.Place.Level is "province" or "district" || p.Place.GeoPrecision >= 2) ? 1 : 0;

    /// <summary>
    /// "Maaloula, située à 55 km au nord de Damas", "une route reliant Damas au Liban": a place in a clause that
    /// locates another (cues.tsv "locator", up to the next comma or trigger) describes where that one is, and is no
    /// location.
    /// </summary>
    private static bool LocatesAnother(SentenceMentions s, LocatedMention place) =>
        s.Cues("locator").Any(c => c.EndToken <= place.FirstToken
                                   && !Enumerable.Range(c.EndToken, place.FirstToken - c.EndToken).Any(t => s.Norm(t) is "," or ";" or ":")
                                   && !s.Of(MentionKind.Trigger).Any(t => t.FirstToken >= c.EndToken && t.FirstToken < place.FirstToken));

    /// <summary>
    /// "a déclaré Khaled Barakat": a one-word name right after a capitalised word that no dictionary knows (and that does
    /// not open the sentence) is a surname, even when a village bears it.
    /// </summary>
    private static bool EndsAPersonsName(SentenceMentions s, LocatedMention place)
    {
        var before = place.FirstToken - 1;
        if (place.EndToken - place.FirstToken != 1 || before <= s.Sentence.FirstToken) return false;
        var word = s.Text.Surface(before);
        return s.Text.Tokens[before].Kind == Sitrep.Text.TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower)
               && !s.Of(MentionKind.Place).Concat(s.Of(MentionKind.Actor)).Concat(s.Of(MentionKind.Source)).Concat(s.Of(MentionKind.Date))
                   .Any(m => m.FirstToken <= before && before < m.EndToken);
    }

    /// <summary>Every place of the sentence that may be an event's location, most precise first in text order.</summary>
    public static IReadOnlyList<EventPlace> Select(SentenceMentions s, IPlaceResolver resolver)
    {
        var named = new MentionsNear(s.Of(MentionKind.Actor).Concat(s.Of(MentionKind.Source)).OrderBy(n => n.FirstToken));
        var places = s.Of(MentionKind.Place)
            .Where(p => !named.Around(p.EndToken, p.FirstToken).Any(n => n.FirstToken <= p.FirstToken && p.EndToken <= n.EndToken))
            .Select(p => new EventPlace(p.Mention.Span.Of(s.Text.Text), resolver.Resolve(p.Mention, p.Mention.Span.Of(s.Text.Text)), p))
            .ToList();
        var dash = Dateline.DashOf(s);
        if (dash >= 0) places = places.Where(p => p.Mention!.FirstToken > dash).ToList();
        places = places.Where(p => !LocatesAnother(s, p.Mention!) && !EndsAPersonsName(s, p.Mention!)).ToList();
        // Containing depends on the places only, never on their mentions (and no place contains itself): each
        // different place is tested once against the different places of the sentence, not every mention against every other.
        var different = places.Select(p => p.Place).Distinct().ToList();
        var context = different.Where(outer => different.Any(inner => Contains(resolver, outer, inner))).ToHashSet();
        var kept = places.Where(p => !context.Contains(p.Place)).ToList();
        return kept.DistinctBy(p => p.Key).ToList();
    }

    private static bool Contains(IPlaceResolver resolver, Place outer, Place inner)
    {
        if (outer.Id is null || inner.Id is null || outer.Id == inner.Id)
            return inner.Id is null && outer.Id is not null && HoldsUnknown(outer.Level, inner.Level);
        return resolver.IsWithin(inner.Id, outer.Id);
    }

    /// <summary>
    /// A place the gazetteer lacks is taken to lie in a known province of the sentence, and a quarter or site it lacks
    /// in a known city ("le quartier de Bab Touma, à Damas").
    /// </summary>
    private static bool HoldsUnknown(string outer, string inner) =>
        outer == "province" ? IsCoarser(outer, inner) : outer == "city" && inner is "neighbourhood" or "site";

    private static bool IsCoarser(string a, string b) => Rank(a) > Rank(b);

    private static int Rank(string level) => level switch
    {
        "country" => 5, "province" => 4, "district" => 3, "city" => 2, "town" => 1, _ => 0,
    };
}

/// <summary>A place an event is coded at: as written, resolved, and the mention behind it.</summary>
public sealed record EventPlace(string Written, Place Place, LocatedMention? Mention)
{
    public string Key => Place.Id ?? Sitrep.Text.TextNormalizer.Normalize(Written);
}
