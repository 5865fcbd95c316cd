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
        // "un accord pour évacuer les rebelles vers Jarablus": a deal or a departure happens where people leave, not where they go.
        if (trigger.Value is "evacuate" or "Agreement" or "withdraw" && AnyDestination(s, places))
            places = WithoutDestinations(s, places);
        if (places.Count <= 1) return places;
        // The lists are runs of the places in token order, each known by its first index (and the next one's): this
        // runs for every trigger, and a list of lists made a list for each run every time.
        var ordered = InTokenOrder(places);
        var starts = ordered.Count < StackPlaces ? stackalloc int[ordered.Count + 1] : new int[ordered.Count + 1];
        var lists = 0;
        for (var i = 0; i < ordered.Count; i++)
            if (i == 0 || !InSameList(s, ordered[i - 1], ordered[i])) starts[lists++] = i;
        starts[lists] = ordered.Count;
        var finest = int.MaxValue;
        for (var l = 0; l < lists; l++) finest = Math.Min(finest, Coarseness(ordered, starts[l], starts[l + 1]));
        // The first list of the least (coarser, distance, first token): what OrderBy…ThenBy…First() chose.
        var nearest = -1;
        (int Coarser, int Distance, int First) best = default;
        for (var l = 0; l < lists; l++)
        {
            var (start, end) = (starts[l], starts[l + 1]);
            var key = (Coarseness(ordered, start, end) > finest ? 1 : 0, MinDistance(ordered, start, end, trigger), ordered[start].Mention.FirstToken);
            if (nearest < 0 || key.CompareTo(best) < 0) (nearest, best) = (l, key);
        }
        // "Safireh et Khanasser, au sud-est d'Alep": a place only located from is context for the places of its list.
        var (first, last) = (starts[nearest], starts[nearest + 1]);
        var own = new List<EventPlace>(last - first);
        for (var i = first; i < last; i++)
            if (!IsLocatedFrom(ordered[i])) own.Add(ordered[i]);
        if (own.Count == 0)
            for (var i = first; i < last; i++) own.Add(ordered[i]);
        return own;
    }

    /// <summary>A sentence naming fewer places than this marks its lists' starts on the stack.</summary>
    private const int StackPlaces = 64;

    private static bool AnyDestination(SentenceMentions s, IReadOnlyList<EventPlace> places)
    {
        for (var i = 0; i < places.Count; i++)
            if (IsDestination(s, places[i].Mention)) return true;
        return false;
    }

    private static List<EventPlace> WithoutDestinations(SentenceMentions s, IReadOnlyList<EventPlace> places)
    {
        var kept = new List<EventPlace>(places.Count);
        for (var i = 0; i < places.Count; i++)
            if (!IsDestination(s, places[i].Mention)) kept.Add(places[i]);
        return kept;
    }

    /// <summary>The places by first token; <see cref="Select(SentenceMentions, IPlaceResolver)"/> gives them so already.</summary>
    private static IReadOnlyList<EventPlace> InTokenOrder(IReadOnlyList<EventPlace> places)
    {
        for (var i = 1; i < places.Count; i++)
            if (places[i].Mention.FirstToken < places[i - 1].Mention.FirstToken)
                return places.OrderBy(p => p.Mention.FirstToken).ToList();
        return places;
    }

    /// <summary>The least distance to the trigger of the places [start, end).</summary>
    private static int MinDistance(IReadOnlyList<EventPlace> places, int start, int end, LocatedMention trigger)
    {
        var min = int.MaxValue;
        for (var i = start; i < end; i++) min = Math.Min(min, Distance(places[i], trigger));
        return min;
    }

    /// <summary>Named after a direction or part word ("au sud-est d'Alep"), not a place without a point of its own.</summary>
    private static bool IsLocatedFrom(EventPlace p) =>
        Sitrep.Recognition.Places.PlaceMentionDetail.Parse(p.Mention.Detail).GeoPrecision >= 2;

    private static bool InSameList(SentenceMentions s, EventPlace previous, EventPlace next)
    {
        var from = previous.Mention.EndToken;
        var to = next.Mention.FirstToken;
        if (to - from > ListGap) return false;
        for (var t = from; t < to; t++)
            if (s.Is(t, FunctionWord.And) || s.Is(t, FunctionWord.Or) || s.Norm(t) is "," or ":") return true;
        return false;
    }

    private static int Distance(EventPlace p, LocatedMention trigger) =>
        p.Mention.FirstToken >= trigger.EndToken ? p.Mention.FirstToken - trigger.EndToken
        : p.Mention.EndToken <= trigger.FirstToken ? BeforePenalty * (trigger.FirstToken - p.Mention.EndToken) : 0;

    /// <summary>
    /// A list of provinces or districts, or of places only located from ("à l'ouest d'Alep"), is context when a
    /// list of towns or quarters is there.
    /// </summary>
    private static int Coarseness(IReadOnlyList<EventPlace> places, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!(places[i].Place.Level is "province" or "district" || places[i].Place.GeoPrecision >= 2)) return 0;
        return 1;
    }

    /// <summary>
    /// "Maaloula, située à 55 km au nord de Damas", "une route reliant Damas au Liban": a place in a clause that
    /// locates another (cues.tsv "locator", up to the next comma or trigger) describes where that one is, and is no
    /// location.
    /// </summary>
    private static bool LocatesAnother(SentenceMentions s, LocatedMention place)
    {
        // By index, here and below: read for every place, and a list read through its interface by foreach makes an enumerator.
        var cues = s.Cues("locator");
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].EndToken <= place.FirstToken && !PunctuationBetween(s, cues[i].EndToken, place.FirstToken) && !TriggerStartsBetween(s, cues[i].EndToken, place.FirstToken))
                return true;
        return false;
    }

    /// <summary>Words between a destination cue and the place ("vers la ville de Jarablus").</summary>
    private const int DestinationReach = 3;

    /// <summary>"évacuer les rebelles vers Jarablus": where people go is not where the act happens (cues.tsv "destination").</summary>
    private static bool IsDestination(SentenceMentions s, LocatedMention place)
    {
        var cues = s.Cues("destination");
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].EndToken <= place.FirstToken && place.FirstToken - cues[i].EndToken <= DestinationReach && !PunctuationBetween(s, cues[i].EndToken, place.FirstToken))
                return true;
        return false;
    }

    private static bool PunctuationBetween(SentenceMentions s, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (s.Norm(t) is "," or ";" or ":") return true;
        return false;
    }

    private static bool TriggerStartsBetween(SentenceMentions s, int from, int to)
    {
        var triggers = s.Of(MentionKind.Trigger);
        for (var i = 0; i < triggers.Count; i++)
            if (triggers[i].FirstToken >= from && triggers[i].FirstToken < to) return true;
        return false;
    }

    /// <summary>
    /// "a déclaré Khaled Barakat": a one-word name right after a capitalised word that no dictionary knows (and that does
    /// not open the sentence) is a surname, even when a village bears it.
    /// </summary>
    private static bool EndsAPersonsName(SentenceMentions s, LocatedMention place)
    {
        var before = place.FirstToken - 1;
        if (place.EndToken - place.FirstToken != 1 || before <= s.Sentence.FirstToken) return false;
        var word = s.Text.Text.AsSpan(s.Text.Tokens[before].Start, s.Text.Tokens[before].Length);
        return s.Text.Tokens[before].Kind == Sitrep.Text.TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && HasLower(word)
               && !Covered(s, MentionKind.Place, before) && !Covered(s, MentionKind.Actor, before)
               && !Covered(s, MentionKind.Source, before) && !Covered(s, MentionKind.Date, before);
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsLower(word[i])) return true;
        return false;
    }

    private static bool Covered(SentenceMentions s, MentionKind kind, int token)
    {
        var mentions = s.Of(kind);
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].FirstToken <= token && token < mentions[i].EndToken) return true;
        return false;
    }

    /// <summary>Every place of the sentence that may be an event's location, most precise first in text order.</summary>
    public static IReadOnlyList<EventPlace> Select(SentenceMentions s, IPlaceResolver resolver)
    {
        var mentions = s.Of(MentionKind.Place);
        // Most sentences name no place: no actor or source to index.
        if (mentions.Count == 0) return [];
        var (actors, sources) = (new MentionsNear(s.Of(MentionKind.Actor)), new MentionsNear(s.Of(MentionKind.Source)));
        var dash = Dateline.DashOf(s);
        var places = new List<EventPlace>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var p = mentions[i];
            if (InsideAName(actors, p) || InsideAName(sources, p) || dash >= 0 && p.FirstToken <= dash || LocatesAnother(s, p) || EndsAPersonsName(s, p)) continue;
            var written = p.Mention.Span.Of(s.Text.Text);
            places.Add(new EventPlace(written, resolver.Resolve(p.Mention, written), p));
        }
        // One place is never context: nothing contains itself.
        if (places.Count <= 1) return places;
        // Containing depends on the places only, never on their mentions (and no place contains itself): each
        // different place is tested once against the different places of the sentence, not every mention against every other.
        // A sentence names a few places: lists read in full cost less than hash sets here.
        var different = new List<Place>(places.Count);
        foreach (var p in places)
            if (!different.Contains(p.Place)) different.Add(p.Place);
        List<Place>? context = null;
        foreach (var outer in different)
            if (ContainsOneOf(resolver, outer, different)) (context ??= []).Add(outer);
        // Made at the first place left out (most sentences keep all theirs): until then, the places kept are the first ones.
        List<EventPlace>? kept = null;
        var keys = new List<string>(places.Count);
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (context is not null && context.Contains(p.Place) || keys.Contains(p.Key))
            {
                kept ??= places[..i];
                continue;
            }
            keys.Add(p.Key);
            kept?.Add(p);
        }
        return kept ?? places;
    }

    private static bool InsideAName(MentionsNear named, LocatedMention place)
    {
        foreach (var n in named.Around(place.EndToken, place.FirstToken))
            if (n.FirstToken <= place.FirstToken && place.EndToken <= n.EndToken) return true;
        return false;
    }

    private static bool ContainsOneOf(IPlaceResolver resolver, Place outer, List<Place> places)
    {
        foreach (var inner in places)
            if (Contains(resolver, outer, inner)) return true;
        return false;
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
public sealed record EventPlace(string Written, Place Place, LocatedMention Mention)
{
    public string Key => Place.Id ?? Sitrep.Text.TextNormalizer.Normalize(Written);
}
