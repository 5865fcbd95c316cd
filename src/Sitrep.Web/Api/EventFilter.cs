using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

/// <summary>
/// The filters the events table, the timeline and the map share, read from the query string
/// (<c>type, actor, place, source, from, to</c>) and turned into a WHERE clause whose values are all parameters.
/// </summary>
public sealed record EventFilter(string? Type, string? Actor, string? Place, string? Source, DateOnly? From, DateOnly? To)
{
    public static EventFilter Parse(IQueryCollection query) => new(
        Value(query, "type"), Value(query, "actor"), Value(query, "place"), Value(query, "source"),
        Date(query, "from"), Date(query, "to"));

    /// <summary>
    /// Conditions on <c>events e JOIN documents d</c>. Text filters match a part of the name, ignoring case;
    /// <c>type</c> matches an event type or a sub-event type exactly; dates are inclusive.
    /// </summary>
    public (string Where, Dictionary<string, object> Parameters) ToSql(SqlDialect dialect)
    {
        var conditions = new List<string>();
        var parameters = new Dictionary<string, object>();
        string Matches(string column, string parameter) => $@"{column} {dialect.Like} {parameter} ESCAPE '\'";
        if (Type is not null)
        {
            conditions.Add("(e.event_type = @type OR e.sub_event_type = @type)");
            parameters["@type"] = Type;
        }
        if (Actor is not null)
        {
            conditions.Add($"({Matches("e.actor1", "@actor")} OR {Matches("e.actor2", "@actor")})");
            parameters["@actor"] = Contains(Actor);
        }
        if (Place is not null)
        {
            conditions.Add($"({string.Join(" OR ", new[] { "e.location", "e.place_name", "e.place_parent", "e.admin1" }.Select(c => Matches(c, "@place")))})");
            parameters["@place"] = Contains(Place);
        }
        if (Source is not null)
        {
            conditions.Add($"({Matches("d.outlet", "@source")} OR EXISTS (SELECT 1 FROM {dialect.ListItems("e.sources", "s")} WHERE {Matches("s.value", "@source")}))");
            parameters["@source"] = Contains(Source);
        }
        if (From is DateOnly from)
        {
            conditions.Add("e.date >= @from");
            parameters["@from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (To is DateOnly to)
        {
            conditions.Add("e.date <= @to");
            parameters["@to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), parameters);
    }

    private static string Contains(string value) =>
        "%" + value.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

    private static string? Value(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        var value = Value(query, name);
        if (value is null) return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new BadQueryException($"{name} must be a date written yyyy-MM-dd, not \"{value}\"");
    }
}
