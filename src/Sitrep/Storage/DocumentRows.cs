using System.Buffers;
using Sitrep.Model;
using static Sitrep.Storage.StoredValues;

namespace Sitrep.Storage;

/// <summary>
/// The rows one coded document is stored as, whatever the store: the document row, then its events, claims and
/// labels in the order the coder produced them, and its mentions as one row (<see cref="StoredMentions"/>). Values are
/// in <see cref="StoredTable"/> column order; lists are JSON text and dates ISO text, so every store holds the same values.
/// The mentions' text and most lists' JSON are <see cref="ReadOnlyMemory{T}"/> of characters over pooled arrays, valid
/// until <see cref="Dispose"/>: stores write them as they write a string.
/// </summary>
internal sealed class DocumentRows : IDisposable
{
    private readonly Document _document;
    private readonly List<(StoredTable Table, object?[] Values)> _children;
    private readonly RentedText _lists;
    private char[]? _rentedMentions;

    private DocumentRows(Document document, List<(StoredTable, object?[])> children, RentedText lists, char[]? rentedMentions,
        StoredState state)
    {
        _document = document;
        _children = children;
        _lists = lists;
        _rentedMentions = rentedMentions;
        State = state;
    }

    /// <summary>What decides whether these rows would change the store: the document's hash and the hash of its other rows.</summary>
    public StoredState State { get; }

    public string DocId => _document.Id;

    public static DocumentRows Of(CodedDocument coded, string coderVersion)
    {
        var lists = new RentedText();
        var children = ChildRows(coded, lists);
        char[]? rentedMentions = null;
        if (coded.Mentions.Count > 0)
        {
            var (rented, length) = StoredMentions.Encode(coded.Mentions);
            rentedMentions = rented;
            children.Add((StoredTable.DocumentMentions, [coded.Document.Id, new ReadOnlyMemory<char>(rented, 0, length)]));
        }
        return new DocumentRows(coded.Document, children, lists, rentedMentions,
            new StoredState(Fingerprint.Of(coded.Document), Fingerprint.OfRows(children), coderVersion));
    }

    /// <summary>Gives the lists' and the mentions' arrays back to the pool: the rows must not be read after this.</summary>
    public void Dispose()
    {
        _lists.Dispose();
        if (_rentedMentions is null) return;
        ArrayPool<char>.Shared.Return(_rentedMentions);
        _rentedMentions = null;
    }

    /// <summary>Every row, the document's first so that they can be inserted in this order.</summary>
    public IEnumerable<(StoredTable Table, object?[] Values)> All(string codedAt)
    {
        var d = _document;
        yield return (StoredTable.Documents, [d.Id, d.Outlet, d.Published?.ToString(), d.Language, d.Title, d.Text, d.Origin,
            State.ContentHash, State.OutputHash, State.ResourceVersion, codedAt]);
        foreach (var row in _children) yield return row;
    }

    private static List<(StoredTable, object?[])> ChildRows(CodedDocument coded, RentedText lists)
    {
        var docId = coded.Document.Id;
        var rows = new List<(StoredTable, object?[])>(coded.Events.Count + coded.Claims.Count + coded.Labels.Count + 1);
        var eventIds = EventIds.Assign(coded.Events);
        for (var i = 0; i < coded.Events.Count; i++)
        {
            var e = coded.Events[i];
            var p = e.Place;
            rows.Add((StoredTable.Events, [docId, Integer(i), eventIds[i], e.Quote, Integer(e.QuoteSpan.Start),
                Integer(e.QuoteSpan.Length), e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Location,
                p?.Name, p?.Parent, p?.Country, p?.Level, p?.Id, p?.Admin1, p?.Latitude, p?.Longitude, Integer(p?.GeoPrecision),
                StoredValues.Date(e.Date), Integer(e.TimePrecision), Integer(e.Fatalities), Integer(e.Injured),
                StoredValues.List(e.Sources, lists), Flag(e.Negated), Flag(e.Hedged), StoredValues.List(e.Why, lists),
                StoredValues.Reports(e.OtherReports)]));
        }
        for (var i = 0; i < coded.Claims.Count; i++)
        {
            var c = coded.Claims[i];
            rows.Add((StoredTable.Claims, [docId, Integer(i), c.Quote, Integer(c.QuoteSpan.Start), Integer(c.QuoteSpan.Length), c.Quantity, c.Value,
                c.Unit, StoredValues.Date(c.Date), StoredValues.List(c.Sources, lists), StoredValues.List(c.Why, lists)]));
        }
        for (var i = 0; i < coded.Labels.Count; i++)
        {
            var l = coded.Labels[i];
            rows.Add((StoredTable.Labels, [docId, Integer(i), l.Actor, l.Word, Integer(l.Span.Start), Integer(l.Span.Length), l.Entry]));
        }
        return rows;
    }
}
