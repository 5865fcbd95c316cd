using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>A gold event and the predicted event matched to it.</summary>
public sealed record EventPair(Event Gold, Event Predicted);

/// <summary>The one-to-one matching of one document's events.</summary>
public sealed record EventMatching(IReadOnlyList<EventPair> Pairs, IReadOnlyList<Event> Misses, IReadOnlyList<Event> FalseEvents);

/// <summary>
/// Matches predicted events to gold events of the same document (EVENTS.md, "Matching"): a pair can match when
/// the event types are equal, the locations match and the dates agree; pairs are then taken best first (most
/// agreeing scored fields), ties in gold order then prediction order, each event used once.
/// </summary>
public static class EventMatcher
{
    public static EventMatching Match(IReadOnlyList<Event> gold, IReadOnlyList<Event> predicted)
    {
        var candidates =
            from g in Enumerable.Range(0, gold.Count)
            from p in Enumerable.Range(0, predicted.Count)
            where CanMatch(gold[g], predicted[p])
            let agreeing = EventField.Scored.Count(f => f.Agrees(gold[g], predicted[p]))
            orderby agreeing descending, g, p
            select (g, p);

        var goldUsed = new bool[gold.Count];
        var predictedUsed = new bool[predicted.Count];
        var pairs = new List<(int Gold, int Predicted)>();
        foreach (var (g, p) in candidates)
        {
            if (goldUsed[g] || predictedUsed[p]) continue;
            goldUsed[g] = predictedUsed[p] = true;
            pairs.Add((g, p));
        }

        return new EventMatching(
            pairs.OrderBy(x => x.Gold).Select(x => new EventPair(gold[x.Gold], predicted[x.Predicted])).ToList(),
            gold.Where((_, i) => !goldUsed[i]).ToList(),
            predicted.Where((_, i) => !predictedUsed[i]).ToList());
    }

    public static bool CanMatch(Event gold, Event predicted) =>
        MatchKeys.SameName(gold.EventType, predicted.EventType)
        && LocationsMatch(gold, predicted)
        && (gold.Date is null || predicted.Date is null || gold.Date == predicted.Date);

    /// <summary>
    /// The written locations fold alike, or the prediction's canonical place has the gold place's name.
    /// Two events that name no location at all also match: neither side claims a place.
    /// </summary>
    public static bool LocationsMatch(Event gold, Event predicted)
    {
        var goldWritten = MatchKeys.Location(gold.Location);
        if (goldWritten == MatchKeys.Location(predicted.Location)
            && (goldWritten.Length > 0 || gold.Place is null && predicted.Place is null))
            return true;
        var goldPlace = MatchKeys.Location(gold.Place?.Name);
        return goldPlace.Length > 0 && goldPlace == MatchKeys.Location(predicted.Place?.Name);
    }
}
