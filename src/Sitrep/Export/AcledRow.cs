using System.Globalization;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Export;

/// <summary>An event as one row of an ACLED-like table: the shape shared by the CSV and GeoJSON exports.</summary>
/// <param name="Location">The canonical place name, else the place as written.</param>
/// <param name="Sources">The source chain, nearest first, joined with "; ".</param>
/// <param name="Notes">The quote that states the event.</param>
public sealed record AcledRow(
    string EventId,
    string? EventDate,
    int TimePrecision,
    string EventType,
    string SubEventType,
    string? Actor1,
    string? Actor2,
    string? Location,
    string? Admin1,
    string? Country,
    double? Latitude,
    double? Longitude,
    int? GeoPrecision,
    int? Fatalities,
    int? Injured,
    string Sources,
    string Notes,
    string DocId)
{
    /// <summary>
    /// Rows for the events that happened. A table row cannot say "denied" or "only expected", so negated
    /// and hedged events are left out here; the JSONL export keeps them with their flags.
    /// Ids are assigned over each document's events first, so they match the store's whatever is left out.
    /// The rows are made as they are enumerated, from events grouped by document (<see cref="EventIds.AssignByDocument"/>).
    /// </summary>
    public static IEnumerable<AcledRow> OfEventsThatHappened(IEnumerable<Event> events) =>
        EventIds.AssignByDocument(events)
            .Where(x => !x.Event.Negated && !x.Event.Hedged)
            .Select(x => Of(x.Id, x.Event));

    private static AcledRow Of(string id, Event e) => new(
        id,
        e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.TimePrecision,
        e.EventType,
        e.SubEventType,
        e.Actor1,
        e.Actor2,
        e.Place?.Name ?? e.Location,
        e.Place?.Admin1,
        e.Place?.Country,
        e.Place?.Latitude,
        e.Place?.Longitude,
        e.Place?.GeoPrecision,
        e.Fatalities,
        e.Injured,
        string.Join("; ", e.Sources),
        e.Quote,
        e.DocId);
}
