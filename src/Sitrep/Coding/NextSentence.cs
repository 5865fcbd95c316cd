using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// What a sentence says of the events the sentence right before it told: who says so (a toll that goes on), whose act
/// it was (an identifying sentence), what the deaths it counts came from.
/// </summary>
internal static class NextSentence
{
    /// <summary>
    /// Revises <paramref name="events"/> from <paramref name="first"/> on (the previous sentence's) and this sentence's
    /// own <paramref name="coded"/> events.
    /// </summary>
    public static void Apply(List<CodedEvent> events, int first, List<CodedEvent> coded, SentenceMentions s, Casualties casualties,
        Attribution attribution, IReadOnlyList<ActorInfo> actors, string? outlet)
    {
        if (coded.Count == 0 && (TellsMoreOfTheToll(s, casualties, attribution) || SaysWhoToldIt(s, attribution)))
            SourceFromNextSentence(events, first, attribution, outlet);
        if (IdentifyingSentence.Agent(s, actors) is { } agent) NameTheGenericAgent(events, first, agent);
        DeathsOfTheLastAct(events, first, coded, s);
    }

    /// <summary>
    /// "Un enseignant a péri sous un obus rebelle à Hama. L'OSDH compte six morts dans les quartiers X et Y de Hama":
    /// deaths told with no one named for them, right after a bombing, in the town it hit, are
    /// that bombing's at the places named. Deaths in another town may have another cause.
    /// </summary>
    private static void DeathsOfTheLastAct(List<CodedEvent> events, int first, List<CodedEvent> coded, SentenceMentions s)
    {
        if (Bombing(events, first) is not { Event.Place.Id: { } town } cause || !NamesPlace(s, town)) return;
        CountAsItsDeaths(coded, cause.Event);
    }

    private static void CountAsItsDeaths(List<CodedEvent> coded, Event cause)
    {
        for (var i = 0; i < coded.Count; i++)
        {
            var deaths = coded[i];
            if (!deaths.Weak || deaths.TriggerClass != "kill" || deaths.Event.Actor1 is not null) continue;
            var why = WhyLines.Rewrite(deaths.Event.Why, WhyLines.Roles, w => $"{w}; the deaths of the bombing told just before ({cause.SubEventType})");
            coded[i] = deaths with
            {
                Event = deaths.Event with
                {
                    EventType = cause.EventType, SubEventType = cause.SubEventType, Actor1 = cause.Actor1, Why = why,
                },
            };
        }
    }

    /// <summary>The first bombing told from <paramref name="first"/> on, not denied or only planned.</summary>
    private static CodedEvent? Bombing(List<CodedEvent> events, int first)
    {
        for (var i = first; i < events.Count; i++)
            if (events[i].Event is { EventType: "Explosions/Remote violence", Negated: false, Hedged: false }) return events[i];
        return null;
    }

    private static bool NamesPlace(SentenceMentions s, string placeId)
    {
        var places = s.Of(MentionKind.Place);
        for (var i = 0; i < places.Count; i++)
            if (places[i].Value == placeId) return true;
        return false;
    }

    /// <summary>"… tuant 5 personnes. Il y a eu aussi 9 blessés, a indiqué X.": a sentence with no act of its own that adds
    /// to the toll and names who says so.</summary>
    private static bool TellsMoreOfTheToll(SentenceMentions s, Casualties casualties, Attribution attribution) =>
        attribution.IsExplicit && (casualties.Fatalities is not null || casualties.Injured is not null
                                   || s.Of(MentionKind.Quantity).Count > 0 && (s.Cues("injury").Any() || s.Cues("fatal").Any()));

    /// <summary>"C'est ce qu'a annoncé le ministère": a sentence that opens by referring back to the last one names its source.</summary>
    private static bool SaysWhoToldIt(SentenceMentions s, Attribution attribution) =>
        attribution.IsExplicit && StartingWithin.At(s.Cues("refers-back"), s.Sentence.FirstToken) is not null;

    /// <summary>The previous sentence's events that name no source take the source of the sentence that goes on with their toll or says who told them.</summary>
    private static void SourceFromNextSentence(List<CodedEvent> events, int first, Attribution attribution, string? outlet)
    {
        for (var at = first; at < events.Count; at++)
        {
            var told = events[at];
            // Only the outlet that prints it is no one named.
            if (told.Event.Sources.Count > 0 && told.Event.Sources[0] != outlet) continue;
            var why = WhyLines.Rewrite(told.Event.Why, WhyLines.Attribution, _ => $"{WhyLines.Attribution}from the next sentence: {attribution.Rule}");
            events[at] = told with { Event = told.Event with { Sources = attribution.Chain, Why = why } };
        }
    }

    /// <summary>The previous sentence's events done by the generic opposition are the named group's.</summary>
    private static void NameTheGenericAgent(List<CodedEvent> events, int first, ActorInfo agent)
    {
        for (var at = first; at < events.Count; at++)
        {
            var told = events[at];
            if (told.Event.Actor1 != DocumentState.Opposition) continue;
            var why = WhyLines.Rewrite(told.Event.Why, WhyLines.Roles, w => $"{w}; actor1 named by the next sentence");
            events[at] = told with { Event = told.Event with { Actor1 = agent.Name, Why = why } };
        }
    }
}
