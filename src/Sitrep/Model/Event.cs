using System.Text.Json.Serialization;

namespace Sitrep.Model;

/// <summary>One event per EVENTS.md: one act, at one place, on one day, between the same actors.</summary>
public sealed record Event
{
    public required string DocId { get; init; }
    public required string Quote { get; init; }
    public required TextSpan QuoteSpan { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? Location { get; init; }
    public Place? Place { get; init; }
    public DateOnly? Date { get; init; }
    public int TimePrecision { get; init; } = 3;
    public int? Fatalities { get; init; }
    public int? Injured { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public bool Negated { get; init; }
    public bool Hedged { get; init; }
    /// <summary>The rules and dictionary entries that produced this event, in the order they fired.</summary>
    public IReadOnlyList<string> Why { get; init; } = [];

    /// <summary>
    /// The document's other tellings of this event, in text order (EVENTS.md: told twice, it is one event with several
    /// quotes). <see cref="Quote"/>, <see cref="QuoteSpan"/> and <see cref="Sources"/> are its first telling.
    /// </summary>
    public IReadOnlyList<EventReport> OtherReports { get; init; } = [];

    /// <summary>Every telling, the first one first: what the ledger counts independent sources on.</summary>
    [JsonIgnore]
    public IReadOnlyList<EventReport> Reports => [new(Quote, QuoteSpan, Sources), .. OtherReports];
}
