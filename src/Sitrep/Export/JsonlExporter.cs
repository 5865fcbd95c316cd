using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    /// <summary>
    /// Writes the lines as the three are enumerated, together, one document at a time: each must come in document id
    /// order, as a store reads them (bytewise, which is ordinal order for ids without characters beyond U+FFFF).
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<Event> events, IEnumerable<Claim> claims, IEnumerable<Label> labels)
    {
        using var eventsByDoc = new DocumentRun<(Event Event, string Id)>(EventIds.AssignByDocument(events), x => x.Event.DocId);
        using var claimsByDoc = new DocumentRun<Claim>(claims, c => c.DocId);
        using var labelsByDoc = new DocumentRun<Label>(labels, l => l.DocId);
        while (First(eventsByDoc.Next, claimsByDoc.Next, labelsByDoc.Next) is { } doc)
        {
            foreach (var (e, id) in eventsByDoc.Take(doc)) WriteLine(writer, JsonlRecords.Of(e, id), ExportJson.OneLine.EventLine);
            foreach (var c in claimsByDoc.Take(doc)) WriteLine(writer, JsonlRecords.Of(c), ExportJson.OneLine.ClaimLine);
            foreach (var l in labelsByDoc.Take(doc)) WriteLine(writer, JsonlRecords.Of(l), ExportJson.OneLine.LabelLine);
        }
    }

    private static string? First(params string?[] docs) =>
        docs.OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();

    private static void WriteLine<T>(TextWriter writer, T line, JsonTypeInfo<T> contract)
    {
        writer.Write(JsonSerializer.Serialize(line, contract));
        writer.Write('\n');
    }

    /// <summary>Records in document order, taken one document's run at a time.</summary>
    private sealed class DocumentRun<T>(IEnumerable<T> items, Func<T, string> docOf) : IDisposable
    {
        private readonly IEnumerator<T> _items = items.GetEnumerator();
        private bool? _hasCurrent;

        /// <summary>The document of the next record, or null when there is none.</summary>
        public string? Next => (_hasCurrent ??= _items.MoveNext()) == true ? docOf(_items.Current) : null;

        /// <summary>The records of <paramref name="doc"/> up to the next document's; none if the next record is not its.</summary>
        public IEnumerable<T> Take(string doc)
        {
            while (Next == doc)
            {
                yield return _items.Current;
                _hasCurrent = null;
            }
        }

        public void Dispose() => _items.Dispose();
    }
}
