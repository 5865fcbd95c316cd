using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

public sealed record TypeCount(string EventType, string SubEventType, int Count);

public sealed record DayCount(string Date, string EventType, int Count);

public sealed record MapPoint(string Place, string? Admin1, double Latitude, double Longitude, int Events, int Fatalities);

/// <summary>Counts for the type picker, the timeline and the map, under the same filters as the events table.</summary>
public sealed class EventSummaries(ReadOnlyStore store)
{
    private SqlDialect Sql => store.Dialect;

    private string From => Sql.EventsOfDocuments;

    public List<TypeCount> Types() => store.Query(
        $"""
         SELECT e.event_type, e.sub_event_type, CAST(count(*) AS INTEGER) {From}
         GROUP BY e.event_type, e.sub_event_type ORDER BY {Sql.Text("e.event_type")}, {Sql.Text("e.sub_event_type")}
         """,
        r => new TypeCount(r.GetString(0), r.GetString(1), r.GetInt32(2)));

    /// <summary>Events per day and event type; undated events are left out.</summary>
    public List<DayCount> Timeline(IQueryCollection query)
    {
        var (where, parameters) = EventFilter.Parse(query).ToSql(Sql);
        var dated = (where.Length == 0 ? "WHERE " : where + " AND ") + "e.date IS NOT NULL";
        return store.Query(
            $"""
             SELECT e.date, e.event_type, CAST(count(*) AS INTEGER) {From} {dated}
             GROUP BY e.date, e.event_type ORDER BY {Sql.Text("e.date")}, {Sql.Text("e.event_type")}
             """,
            parameters, r => new DayCount(r.GetString(0), r.GetString(1), r.GetInt32(2)));
    }

    /// <summary>Geocoded events grouped by their coordinates, most events first; a point's name is the first of its names in byte order.</summary>
    public List<MapPoint> Map(IQueryCollection query)
    {
        var (where, parameters) = EventFilter.Parse(query).ToSql(Sql);
        var located = (where.Length == 0 ? "WHERE " : where + " AND ") + "e.latitude IS NOT NULL AND e.longitude IS NOT NULL";
        return store.Query(
            $"""
             SELECT min({Sql.Text("coalesce(e.place_name, e.location)")}), max({Sql.Text("e.admin1")}), e.latitude, e.longitude,
                    CAST(count(*) AS INTEGER), CAST(coalesce(sum(e.fatalities), 0) AS INTEGER)
             {From} {located} GROUP BY e.latitude, e.longitude ORDER BY 5 DESC, e.latitude, e.longitude
             """,
            parameters, r => new MapPoint(r.GetString(0), r.Text(1), r.GetDouble(2), r.GetDouble(3), r.GetInt32(4), r.GetInt32(5)));
    }
}
