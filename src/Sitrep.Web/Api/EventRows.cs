using System.Data.Common;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

public sealed record EventRow(
    string EventId, string DocId, string? Outlet, string? Date, string EventType, string SubEventType,
    string? Actor1, string? Actor2, string? Location, string? PlaceName, string? Admin1, double? Latitude, double? Longitude,
    int? Fatalities, int? Injured, IReadOnlyList<string> Sources, bool Negated, bool Hedged, string Quote);

public sealed record EventPage(int Total, int Page, int Size, string Sort, string Dir, IReadOnlyList<EventRow> Rows);

/// <summary>
/// One page of the events table, filtered, sorted and paged by the database so that 100,000 rows never leave
/// the database at once. Sort keys come from a fixed list; every value is a parameter.
/// </summary>
public sealed class EventRows(ReadOnlyStore store)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    /// <summary>Each sort key's column, and whether it holds text (sorted bytewise, as the store's dialect says).</summary>
    private static readonly Dictionary<string, (string Column, bool IsText)> SortColumns = new()
    {
        ["date"] = ("e.date", true),
        ["type"] = ("e.sub_event_type", true),
        ["actor1"] = ("e.actor1", true),
        ["actor2"] = ("e.actor2", true),
        ["place"] = ("e.location", true),
        ["fatalities"] = ("e.fatalities", false),
        ["outlet"] = ("d.outlet", true),
        ["doc"] = ("e.doc_id", true),
    };

    private const string Columns =
        """
        e.event_id, e.doc_id, d.outlet, e.date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location,
        e.place_name, e.admin1, e.latitude, e.longitude, e.fatalities, e.injured, e.sources, e.negated, e.hedged, e.quote
        """;

    public EventPage Read(IQueryCollection query)
    {
        var filter = EventFilter.Parse(query);
        var sort = query["sort"].ToString() is { Length: > 0 } s ? s : "date";
        if (!SortColumns.TryGetValue(sort, out var sortColumn))
            throw new BadQueryException($"sort must be one of {string.Join(", ", SortColumns.Keys)}, not \"{sort}\"");
        var dir = query["dir"].ToString() is { Length: > 0 } d ? d : "desc";
        if (dir is not ("asc" or "desc")) throw new BadQueryException($"dir must be asc or desc, not \"{dir}\"");
        var page = QueryNumber.Read(query, "page", 1, 1, int.MaxValue);
        var size = QueryNumber.Read(query, "size", DefaultSize, 1, MaxSize);

        var dialect = store.Dialect;
        var (where, parameters) = filter.ToSql(dialect);
        var column = sortColumn.IsText ? dialect.Text(sortColumn.Column) : sortColumn.Column;
        var from = dialect.EventsOfDocuments;
        var total = store.Query($"SELECT CAST(count(*) AS INTEGER) {from} {where}", parameters, r => r.GetInt32(0))[0];
        parameters["@limit"] = size;
        parameters["@offset"] = (long)(page - 1) * size;
        var rows = store.Query(
            $"SELECT {Columns} {from} {where} ORDER BY {column} {dir} NULLS LAST, {dialect.Text("e.doc_id")}, e.position LIMIT @limit OFFSET @offset",
            parameters, Row);
        return new EventPage(total, page, size, sort, dir, rows);
    }

    private static EventRow Row(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.Text(2), r.Text(3), r.GetString(4), r.GetString(5), r.Text(6), r.Text(7),
        r.Text(8), r.Text(9), r.Text(10), r.Real(11), r.Real(12), r.Int(13), r.Int(14), r.List(15),
        r.GetBoolean(16), r.GetBoolean(17), r.GetString(18));
}
