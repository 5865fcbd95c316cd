using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// The rows one coded document is stored as, whatever the store: the document row, then its events,
/// claims, labels and mentions in the order the coder produced them. Values are in <see cref="StoredTable"/>
/// column order; lists are JSON text and dates ISO text, so every store holds the same values.
/// </summary>
internal static class DocumentRows
{
    public static IReadOnlyList<(StoredTable Table, object?[] Values)> Of(CodedDocument coded, StoredState state, string codedAt)
    {
        var d = coded.Document;
        var rows = new List<(StoredTable, object?[])>
        {
            (StoredTable.Documents, [d.Id, d.Outlet, d.Published?.ToString(), d.Language, d.Title, d.Text, d.Origin,
                state.ContentHash, state.OutputHash, state.ResourceVersion, codedAt]),
        };
        var eventIds = EventIds.Assign(coded.Events);
        for (var i = 0; i < coded.Events.Count; i++)
        {
            var e = coded.Events[i];
            var p = e.Place;
            rows.Add((StoredTable.Events, [d.Id, i, eventIds[i], e.Quote, e.QuoteSpan.Start, e.QuoteSpan.Length,
                e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Location,
                p?.Name, p?.Parent, p?.Country, p?.Level, p?.Id, p?.Admin1, p?.Latitude, p?.Longitude, p?.GeoPrecision,
                StoredValues.Date(e.Date), e.TimePrecision, e.Fatalities, e.Injured,
                StoredValues.List(e.Sources), e.Negated, e.Hedged, StoredValues.List(e.Why),
                StoredValues.Reports(e.OtherReports)]));
        }
        for (var i = 0; i < coded.Claims.Count; i++)
        {
            var c = coded.Claims[i];
            rows.Add((StoredTable.Claims, [d.Id, i, c.Quote, c.QuoteSpan.Start, c.QuoteSpan.Length, c.Quantity, c.Value,
                c.Unit, StoredValues.Date(c.Date), StoredValues.List(c.Sources), StoredValues.List(c.Why)]));
        }
        for (var i = 0; i < coded.Labels.Count; i++)
        {
            var l = coded.Labels[i];
            rows.Add((StoredTable.Labels, [d.Id, i, l.Actor, l.Word, l.Span.Start, l.Span.Length, l.Entry]));
        }
        for (var i = 0; i < coded.Mentions.Count; i++)
        {
            var m = coded.Mentions[i];
            rows.Add((StoredTable.Mentions, [d.Id, i, m.Kind.ToString(), m.Span.Start, m.Span.Length, m.Value, m.Entry, m.Detail]));
        }
        return rows;
    }
}
