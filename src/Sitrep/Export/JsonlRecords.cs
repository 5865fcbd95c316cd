using System.Globalization;
using System.Text.Json.Serialization;
using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>
/// The lines of the JSONL export, in the gold files' schema (EVENTS.md) so the evaluator reads them as it
/// reads gold; fields the gold has no use for (event_id, coordinates, why) come after the gold's own.
/// Property order is the output order.
/// </summary>
internal static class JsonlRecords
{
    public sealed record PlaceLine(string Name, string? Parent, string Country, string Level);

    public sealed record EventLine(
        string Doc, string Quote, string EventType, string SubEventType, string? Actor1, string? Actor2,
        string? Location, PlaceLine? Place, string? Date, int TimePrecision, int? Fatalities, int? Injured,
        IReadOnlyList<string> Sources, bool Negated, bool Hedged,
        string EventId, int? GeoPrecision, double? Latitude, double? Longitude, IReadOnlyList<string> Why)
    {
        [JsonPropertyOrder(-1)]
        public string Kind => "event";
    }

    public sealed record ClaimLine(
        string Doc, string Quote, string Quantity, double Value, string? Unit, string? Date,
        IReadOnlyList<string> Sources, IReadOnlyList<string> Why)
    {
        [JsonPropertyOrder(-1)]
        public string Kind => "claim";
    }

    public sealed record LabelLine(string Doc, string Actor, string Word)
    {
        [JsonPropertyOrder(-1)]
        public string Kind => "label";
    }

    public static EventLine Of(Event e, string eventId) => new(
        e.DocId, e.Quote, e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Location,
        e.Place is { } p ? new PlaceLine(p.Name, p.Parent, p.Country, p.Level) : null,
        IsoDate(e.Date), e.TimePrecision, e.Fatalities, e.Injured, e.Sources, e.Negated, e.Hedged,
        eventId, e.Place?.GeoPrecision, e.Place?.Latitude, e.Place?.Longitude, e.Why);

    public static ClaimLine Of(Claim c) =>
        new(c.DocId, c.Quote, c.Quantity, c.Value, c.Unit, IsoDate(c.Date), c.Sources, c.Why);

    public static LabelLine Of(Label l) => new(l.DocId, l.Actor, l.Word);

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
