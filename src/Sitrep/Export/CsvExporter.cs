using System.Globalization;
using Sitrep.Ledger;
using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>
/// Events as an ACLED-like CSV: RFC 4180 quoting, LF line ends, invariant-culture numbers, ISO dates,
/// empty fields for unknown values. Negated and hedged events are left out (see <see cref="AcledRow"/>).
/// </summary>
public static class CsvExporter
{
    private static readonly (string Name, Func<AcledRow, string?> Value)[] Columns =
    [
        ("event_id", r => r.EventId),
        ("event_date", r => r.EventDate),
        ("time_precision", r => Number(r.TimePrecision)),
        ("event_type", r => r.EventType),
        ("sub_event_type", r => r.SubEventType),
        ("actor1", r => r.Actor1),
        ("actor2", r => r.Actor2),
        ("location", r => r.Location),
        ("admin1", r => r.Admin1),
        ("country", r => r.Country),
        ("latitude", r => Number(r.Latitude)),
        ("longitude", r => Number(r.Longitude)),
        ("geo_precision", r => Number(r.GeoPrecision)),
        ("fatalities", r => Number(r.Fatalities)),
        ("injured", r => Number(r.Injured)),
        ("sources", r => r.Sources),
        ("notes", r => r.Notes),
        ("doc_id", r => r.DocId),
    ];

    /// <summary>The ledger's columns, after the others: empty for an event that is in no cluster.</summary>
    private static readonly (string Name, Func<ClusterRef?, string?> Value)[] ClusterColumns =
    [
        ("cluster_id", c => c?.ClusterId),
        ("corroboration", c => Number(c?.Corroboration)),
    ];

    /// <param name="clusters">The ledger's cluster of each event, by event id; null leaves the cluster columns empty.</param>
    /// <param name="events">In document order (a store's order): rows are written as they are read.</param>
    public static void Write(TextWriter writer, IEnumerable<Event> events, IReadOnlyDictionary<string, ClusterRef>? clusters = null)
    {
        WriteRecord(writer, Columns.Select(c => c.Name).Concat(ClusterColumns.Select(c => c.Name)));
        foreach (var row in AcledRow.OfEventsThatHappened(events))
        {
            var cluster = clusters?.GetValueOrDefault(row.EventId);
            WriteRecord(writer, Columns.Select(c => c.Value(row)).Concat(ClusterColumns.Select(c => c.Value(cluster))));
        }
    }

    /// <summary>Quotes a field only when it holds a comma, a double quote or a line break, doubling its quotes.</summary>
    public static string Field(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\""
        : value;

    private static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        writer.Write(string.Join(',', fields.Select(Field)));
        writer.Write('\n');
    }

    private static string? Number<T>(T? value) where T : struct, IFormattable =>
        value?.ToString(null, CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
