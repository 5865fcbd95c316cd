using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Chooses the places a sentence's events happen at: one event per place (ACLED's rule), the most precise
/// places only — a city or province that contains another place of the sentence is context, not a location —
/// and never a place inside an actor's or a source's name ("l'armée de Damas").
/// </summary>
public static class PlaceSelector
{
    public static IReadOnlyList<EventPlace> Select(SentenceMentions s, IPlaceResolver resolver)
    {
        var named = s.Of(MentionKind.Actor).Concat(s.Of(MentionKind.Source)).ToList();
        var places = s.Of(MentionKind.Place)
            .Where(p => !named.Any(n => n.FirstToken <= p.FirstToken && p.EndToken <= n.EndToken))
            .Select(p => new EventPlace(p.Mention.Span.Of(s.Text.Text), resolver.Resolve(p.Mention, p.Mention.Span.Of(s.Text.Text)), p))
            .ToList();
        var kept = places.Where(p => !places.Any(other => other != p && Contains(resolver, p, other))).ToList();
        return kept.DistinctBy(p => p.Key).ToList();
    }

    private static bool Contains(IPlaceResolver resolver, EventPlace outer, EventPlace inner)
    {
        if (outer.Place.Id is null || inner.Place.Id is null || outer.Place.Id == inner.Place.Id)
            return IsCoarser(outer.Place.Level, inner.Place.Level) && inner.Place.Id is null && outer.Place.Level is "province";
        return resolver.IsWithin(inner.Place.Id, outer.Place.Id);
    }

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
