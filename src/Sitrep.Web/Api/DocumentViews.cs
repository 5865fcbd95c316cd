namespace Sitrep.Web.Api;

public sealed record MentionView(string Kind, int Start, int Length, string Value, string Entry, string? Detail);

public sealed record DocumentEventView(string EventId, int QuoteStart, int QuoteLength, string SubEventType, IReadOnlyList<string> Why);

public sealed record DocumentView(
    string Id, string? Outlet, string? Published, string Language, string? Title, string Text,
    IReadOnlyList<MentionView> Mentions, IReadOnlyList<DocumentEventView> Events);

/// <summary>
/// A stored document with its recognised spans (kind, offsets, value, the rule or dictionary entry that fired)
/// and its events. The text goes out as JSON data; the page puts it into text nodes, never into markup.
/// </summary>
public sealed class DocumentViews(ReadOnlyStore store)
{
    public DocumentView? Read(string id)
    {
        var parameters = new Dictionary<string, object> { ["@id"] = id };
        var mentions = Mentions(id);
        var events = store.Query(
            $"SELECT e.event_id, e.quote_start, e.quote_length, e.sub_event_type, e.why {store.Dialect.EventsOfDocuments} WHERE d.id = @id ORDER BY e.position",
            parameters, r => new DocumentEventView(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.List(4)));
        return store.Query(
            "SELECT id, outlet, published, language, title, text FROM documents WHERE id = @id",
            parameters, r => new DocumentView(r.GetString(0), r.Text(1), r.Text(2), r.GetString(3), r.Text(4), r.GetString(5), mentions, events))
            .SingleOrDefault();
    }

    /// <summary>In text order, the longer first where two start together, else in the coder's (stored) order.</summary>
    private List<MentionView> Mentions(string id)
    {
        using var documents = store.OpenDocuments();
        return documents.Mentions(id).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length)
            .Select(m => new MentionView(m.Kind.ToString(), m.Span.Start, m.Span.Length, m.Value, m.Entry, m.Detail))
            .ToList();
    }
}
