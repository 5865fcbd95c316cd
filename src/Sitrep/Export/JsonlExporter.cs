using System.Text.Json;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Export;

/// <summary>
/// Events, claims and labels as JSON lines in the gold files' schema, grouped by document (ordinal id order)
/// and, within one, events then claims then labels, each in the order given. Every event is written,
/// negated and hedged ones too, with their flags.
/// </summary>
public static class JsonlExporter
{
    public static void Write(TextWriter writer, IReadOnlyList<Event> events, IReadOnlyList<Claim> claims, IReadOnlyList<Label> labels)
    {
        var ids = EventIds.Assign(events);
        var eventLines = events.Select((e, i) => (e.DocId, Line: (object)JsonlRecords.Of(e, ids[i])));
        var claimLines = claims.Select(c => (c.DocId, Line: (object)JsonlRecords.Of(c)));
        var labelLines = labels.Select(l => (l.DocId, Line: (object)JsonlRecords.Of(l)));

        // OrderBy is stable, so concatenating by kind and sorting by document keeps the order within each.
        foreach (var (_, line) in eventLines.Concat(claimLines).Concat(labelLines).OrderBy(x => x.DocId, StringComparer.Ordinal))
        {
            writer.Write(JsonSerializer.Serialize(line, line.GetType(), ExportJson.OneLine));
            writer.Write('\n');
        }
    }
}
