using System.Text.Json;
using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads a gold JSONL file (one object per line, <c>kind</c> = <c>event</c>, <c>claim</c> or <c>label</c>,
/// fields as in EVENTS.md). Blank lines are skipped; any other unreadable line throws
/// <see cref="GoldFormatException"/> with its line number.
/// </summary>
public static class GoldFile
{
    public static GoldSet Read(string path)
    {
        var events = new List<GoldEvent>();
        var claims = new List<GoldClaim>();
        var labels = new List<GoldLabel>();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            using var json = Parse(path, number, text);
            var line = new GoldLine(path, number, json.RootElement);
            switch (line.RequiredString("kind"))
            {
                case "event": events.Add(ReadEvent(line)); break;
                case "claim": claims.Add(ReadClaim(line)); break;
                case "label": labels.Add(ReadLabel(line)); break;
                case var other: throw line.Error($"unknown kind \"{other}\" (expected event, claim or label)");
            }
            documents.Add(line.RequiredString("doc"));
        }
        return new GoldSet(events, claims, labels, documents);
    }

    /// <summary>The gold events as pipeline events, in gold order (for self-scoring and for tools that take <c>Event</c>).</summary>
    public static IReadOnlyList<Event> ToEvents(GoldSet gold) => gold.Events.Select(e => e.ToEvent()).ToList();

    private static JsonDocument Parse(string path, int number, string text)
    {
        try
        {
            var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind == JsonValueKind.Object) return json;
            json.Dispose();
            throw new GoldFormatException(path, number, "a gold line must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new GoldFormatException(path, number, $"not valid JSON: {e.Message}");
        }
    }

    private static GoldEvent ReadEvent(GoldLine line)
    {
        var eventType = line.RequiredString("event_type");
        var subType = line.RequiredString("sub_event_type");
        // A typo in the taxonomy would silently turn every prediction of that event into a miss.
        if (!EventTaxonomy.TypeOfSubType.TryGetValue(subType, out var typeOfSubType))
            throw line.Error($"unknown sub_event_type \"{subType}\"");
        if (typeOfSubType != eventType)
            throw line.Error($"sub_event_type \"{subType}\" belongs to \"{typeOfSubType}\", not \"{eventType}\"");
        return new GoldEvent
        {
            Line = line.Number,
            DocId = line.RequiredString("doc"),
            Quote = line.OptionalString("quote") ?? "",
            EventType = eventType,
            SubEventType = subType,
            Actor1 = line.OptionalString("actor1"),
            Actor2 = line.OptionalString("actor2"),
            Location = line.OptionalString("location"),
            Place = ReadPlace(line.OptionalObject("place")),
            Date = line.OptionalDate("date"),
            TimePrecision = line.OptionalInt("time_precision") ?? 3,
            Fatalities = line.OptionalInt("fatalities"),
            Injured = line.OptionalInt("injured"),
            Sources = line.StringList("sources"),
            Negated = line.OptionalBool("negated"),
            Hedged = line.OptionalBool("hedged"),
        };
    }

    private static GoldPlace? ReadPlace(GoldLine? place) => place is null
        ? null
        : new GoldPlace(
            place.RequiredString("name"),
            place.OptionalString("parent"),
            place.OptionalString("country"),
            place.OptionalString("level"));

    private static GoldClaim ReadClaim(GoldLine line) => new(
        line.Number,
        line.RequiredString("doc"),
        line.OptionalString("quote") ?? "",
        line.OptionalString("quantity") ?? "",
        line.RequiredNumber("value"),
        line.OptionalString("unit"),
        line.OptionalDate("date"),
        line.StringList("sources"));

    private static GoldLabel ReadLabel(GoldLine line) => new(
        line.Number,
        line.RequiredString("doc"),
        line.RequiredString("actor"),
        line.RequiredString("word"));
}
