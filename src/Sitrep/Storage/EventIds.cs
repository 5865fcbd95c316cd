using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// Stable event ids: the document id plus a short hash of what makes the event one event (quote span,
/// sub-event type, place, date), so an id survives re-coding that only changes other fields or adds
/// events before it. Events identical in all these get <c>-2</c>, <c>-3</c>... in list order.
/// </summary>
public static class EventIds
{
    private const int HashChars = 12;

    /// <summary>Ids for <paramref name="events"/>, index for index; each document's events must keep their stored order.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<Event> events)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var id = BaseId(events[i]);
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            ids[i] = count == 1 ? id : $"{id}-{count}";
        }
        return ids;
    }

    private static string BaseId(Event e)
    {
        var key = string.Join('\u001F',
            e.DocId,
            e.QuoteSpan.Start.ToString(CultureInfo.InvariantCulture),
            e.QuoteSpan.Length.ToString(CultureInfo.InvariantCulture),
            e.SubEventType,
            e.Location ?? "",
            e.Place?.Name ?? "",
            e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return $"{e.DocId}-{hash[..HashChars]}";
    }
}
