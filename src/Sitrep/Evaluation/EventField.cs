using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>An event field compared on matched pairs, named as in the gold schema.</summary>
public sealed record EventField(string Name, Func<Event, Event, bool> Agrees)
{
    /// <summary>The fields scored on matched pairs, in report order (EVENTS.md, "Matching").</summary>
    public static readonly IReadOnlyList<EventField> Scored =
    [
        new("sub_event_type", (g, p) => MatchKeys.SameName(g.SubEventType, p.SubEventType)),
        new("actor1", (g, p) => MatchKeys.SameName(g.Actor1, p.Actor1)),
        new("actor2", (g, p) => MatchKeys.SameName(g.Actor2, p.Actor2)),
        new("date", (g, p) => g.Date == p.Date),
        new("fatalities", (g, p) => g.Fatalities == p.Fatalities),
        new("sources", (g, p) => MatchKeys.SameName(MatchKeys.NearestSource(g.Sources), MatchKeys.NearestSource(p.Sources))),
    ];
}
