using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>One gold line of kind <c>event</c>; <see cref="Line"/> is its line in the gold file.</summary>
public sealed record GoldEvent
{
    public required int Line { get; init; }
    public required string DocId { get; init; }
    public required string Quote { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? Location { get; init; }
    public GoldPlace? Place { get; init; }
    public DateOnly? Date { get; init; }
    public int TimePrecision { get; init; } = 3;
    public int? Fatalities { get; init; }
    public int? Injured { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public bool Negated { get; init; }
    public bool Hedged { get; init; }

    /// <summary>
    /// The gold event as a pipeline event. Gold gives no character offsets, so the quote span is empty;
    /// <see cref="Event.Why"/> cites the gold line instead.
    /// </summary>
    public Event ToEvent() => new()
    {
        DocId = DocId,
        Quote = Quote,
        QuoteSpan = default,
        EventType = EventType,
        SubEventType = SubEventType,
        Actor1 = Actor1,
        Actor2 = Actor2,
        Location = Location,
        Place = Place is null ? null : new Place(Place.Name, Place.Parent, Place.Country ?? "", Place.Level ?? ""),
        Date = Date,
        TimePrecision = TimePrecision,
        Fatalities = Fatalities,
        Injured = Injured,
        Sources = Sources,
        Negated = Negated,
        Hedged = Hedged,
        Why = [$"gold:{Line}"],
    };
}
