using Microsoft.Data.Sqlite;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// Writes one coded document's rows with statements prepared once per store. The document row is
/// deleted first, and the foreign keys cascade, so its old events, claims, labels and mentions go with it.
/// </summary>
internal sealed class CodedDocumentWriter : IDisposable
{
    private readonly SqliteCommand _delete;
    private readonly PreparedInsert _document;
    private readonly PreparedInsert _event;
    private readonly PreparedInsert _claim;
    private readonly PreparedInsert _label;
    private readonly PreparedInsert _mention;

    public CodedDocumentWriter(SqliteConnection connection)
    {
        _delete = connection.CreateCommand();
        _delete.CommandText = "DELETE FROM documents WHERE id = $id";
        _delete.Parameters.Add(new SqliteParameter("$id", null));
        _delete.Prepare();
        _document = new PreparedInsert(connection, "documents",
            "id", "outlet", "published", "language", "title", "text", "origin",
            "content_hash", "output_hash", "resource_version", "coded_at");
        _event = new PreparedInsert(connection, "events",
            "doc_id", "position", "event_id", "quote", "quote_start", "quote_length", "event_type", "sub_event_type",
            "actor1", "actor2", "location", "place_name", "place_parent", "place_country", "place_level", "place_id",
            "admin1", "latitude", "longitude", "geo_precision", "date", "time_precision", "fatalities", "injured",
            "sources", "negated", "hedged", "why");
        _claim = new PreparedInsert(connection, "claims",
            "doc_id", "position", "quote", "quote_start", "quote_length", "quantity", "value", "unit", "date",
            "sources", "why");
        _label = new PreparedInsert(connection, "labels",
            "doc_id", "position", "actor", "word", "start", "length", "entry");
        _mention = new PreparedInsert(connection, "mentions",
            "doc_id", "position", "kind", "start", "length", "value", "entry", "detail");
    }

    public void Write(SqliteTransaction transaction, CodedDocument coded, StoredState state, string codedAt)
    {
        var d = coded.Document;
        _delete.Transaction = transaction;
        _delete.Parameters[0].Value = d.Id;
        _delete.ExecuteNonQuery();
        _document.Run(transaction, d.Id, d.Outlet, d.Published?.ToString(), d.Language, d.Title, d.Text, d.Origin,
            state.ContentHash, state.OutputHash, state.ResourceVersion, codedAt);

        var eventIds = EventIds.Assign(coded.Events);
        for (var i = 0; i < coded.Events.Count; i++)
        {
            var e = coded.Events[i];
            var p = e.Place;
            _event.Run(transaction, d.Id, i, eventIds[i], e.Quote, e.QuoteSpan.Start, e.QuoteSpan.Length,
                e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Location,
                p?.Name, p?.Parent, p?.Country, p?.Level, p?.Id, p?.Admin1, p?.Latitude, p?.Longitude, p?.GeoPrecision,
                StoredValues.Date(e.Date), e.TimePrecision, e.Fatalities, e.Injured,
                StoredValues.List(e.Sources), e.Negated, e.Hedged, StoredValues.List(e.Why));
        }
        for (var i = 0; i < coded.Claims.Count; i++)
        {
            var c = coded.Claims[i];
            _claim.Run(transaction, d.Id, i, c.Quote, c.QuoteSpan.Start, c.QuoteSpan.Length, c.Quantity, c.Value,
                c.Unit, StoredValues.Date(c.Date), StoredValues.List(c.Sources), StoredValues.List(c.Why));
        }
        for (var i = 0; i < coded.Labels.Count; i++)
        {
            var l = coded.Labels[i];
            _label.Run(transaction, d.Id, i, l.Actor, l.Word, l.Span.Start, l.Span.Length, l.Entry);
        }
        for (var i = 0; i < coded.Mentions.Count; i++)
        {
            var m = coded.Mentions[i];
            _mention.Run(transaction, d.Id, i, m.Kind.ToString(), m.Span.Start, m.Span.Length, m.Value, m.Entry, m.Detail);
        }
    }

    public void Dispose()
    {
        _delete.Dispose();
        _document.Dispose();
        _event.Dispose();
        _claim.Dispose();
        _label.Dispose();
        _mention.Dispose();
    }
}
