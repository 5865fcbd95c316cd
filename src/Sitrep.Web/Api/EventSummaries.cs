using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

public sealed record TypeCount(string EventType, string SubEventType, int Count);

public sealed record DayCount(string Date, string EventType, int Count);

public sealed record MapPoint(string Place, string? Admin1, double Latitude, double Longitude, int Events, int Fatalities);

/// <summary>Counts for the type picker, the timeline and the map, under the same filters as the events table.</summary>
public sealed class EventSummaries(ReadOnlyStore store)
{
    private const string From = "FROM events e JOIN documents d ON d.id = e.doc_id";

    public List<TypeCount> Types() => store.Query(
        $"SELECT e.event_type, e.sub_event_type, count(*) {From} GROUP BY 1, 2 ORDER BY 1, 2",
        r => new TypeCount(r.GetString(0), r.GetString(1), r.GetInt32(2)));

    /// <summary>Events per day and event type; undated events are left out.</summary>
    public List<DayCount> Timeline(IQueryCollection query)
    {
        var (where, parameters) = EventFilter.Parse(query).ToSql();
        var dated = (where.Length == 0 ? "WHERE " : where + " AND ") + "e.date IS NOT NULL";
        return store.Query($"SELECT e.date, e.event_type, count(*) {From} {dated} GROUP BY 1, 2 ORDER BY 1, 2",
            parameters, r => new DayCount(r.GetString(0), r.GetString(1), r.GetInt32(2)));
    }

    /// <summary>Geocoded events grouped by their coordinates.</summary>
    public List<MapPoint> Map(IQueryCollection query)
    {
        var (where, parameters) = EventFilter.Parse(query).ToSql();
        var located = (where.Length == 0 ? "WHERE " : where + " AND ") + "e.latitude IS NOT NULL AND e.longitude IS NOT NULL";
        return store.Query(
            $"""
             SELECT coalesce(e.place_name, e.location), max(e.admin1), e.latitude, e.longitude, count(*), coalesce(sum(e.fatalities), 0)
             {From} {located} GROUP BY e.latitude, e.longitude ORDER BY 5 DESC
             """,
            parameters, r => new MapPoint(r.GetString(0), r.Text(1), r.GetDouble(2), r.GetDouble(3), r.GetInt32(4), r.GetInt32(5)));
    }
}
