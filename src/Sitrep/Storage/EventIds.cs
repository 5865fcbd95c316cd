using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Model;
using Sitrep.Recognition.Dates;

namespace Sitrep.Storage;

/// <summary>
/// Stable event ids: the document id plus a short hash of what makes the event one event (quote span,
/// sub-event type, place, date), so an id survives re-coding that only changes other fields or adds
/// events before it. Events identical in all these get <c>-2</c>, <c>-3</c>... in list order.
/// </summary>
public static class EventIds
{
    private const int HashChars = 12;

    /// <summary>
    /// One per thread, reset by each hash: <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> set up and freed
    /// OpenSSL's digest for every event, a quarter of what hashing the ids cost in OpenSSL.
    /// </summary>
    [ThreadStatic] private static IncrementalHash? _sha256;

    /// <summary>Ids for <paramref name="events"/>, index for index; each document's events must keep their stored order.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<Event> events)
    {
        // Sized for every event at once: grown from empty, it allocated its tables two or three times over.
        var seen = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        var ids = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var id = BaseId(events[i]);
            var count = seen[id] = seen.GetValueOrDefault(id) + 1;
            ids[i] = count == 1 ? id : $"{id}-{count}";
        }
        return ids;
    }

    /// <summary>
    /// The events with their ids, as <see cref="Assign"/> gives them, read one document at a time: an id starts with
    /// its document's, so only a document's own events can share one. The events must come grouped by document,
    /// each document's in their stored order, as a store reads them.
    /// </summary>
    public static IEnumerable<(Event Event, string Id)> AssignByDocument(IEnumerable<Event> events) =>
        ByDocument.Of(events, e => e.DocId).SelectMany(document => document.Zip(Assign(document)));

    private static string BaseId(Event e)
    {
        var location = e.Location ?? "";
        var place = e.Place?.Name ?? "";
        var chars = e.DocId.Length + e.SubEventType.Length + location.Length + place.Length + DayText.Length;
        // The key in UTF-8, fields separated by U+001F: room for the text, the two numbers and six separators.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars) + 2 * MaxIntBytes + 6);
        var key = new KeyWriter(buffer);
        key.Add(e.DocId);
        key.Add(e.QuoteSpan.Start);
        key.Add(e.QuoteSpan.Length);
        key.Add(e.SubEventType);
        key.Add(location);
        key.Add(place);
        key.Add(e.Date);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var sha = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(key.Written);
        sha.GetHashAndReset(hash);
        ArrayPool<byte>.Shared.Return(buffer);
        // The hex digits on the stack, the id one string: a hex string, then the id joined from it, made two per event.
        Span<char> hex = stackalloc char[HashChars];
        Convert.TryToHexStringLower(hash[..(HashChars / 2)], hex, out _);
        return string.Concat(e.DocId, "-", hex);
    }

    private const int MaxIntBytes = 11;

    /// <summary>Writes fields into a byte buffer, a separator before every field but the first.</summary>
    private ref struct KeyWriter(byte[] buffer)
    {
        private const byte Separator = 0x1F;
        private int _length;
        private int _fields;

        public readonly ReadOnlySpan<byte> Written => buffer.AsSpan(0, _length);

        public void Add(string field)
        {
            Separate();
            _length += Encoding.UTF8.GetBytes(field, buffer.AsSpan(_length));
        }

        public void Add(int field)
        {
            Separate();
            field.TryFormat(buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
        }

        /// <summary>The date as ISO text, without a string; an empty field when there is none.</summary>
        public void Add(DateOnly? field)
        {
            Separate();
            if (field is not { } date) return;
            DayText.Write(date, buffer.AsSpan(_length));
            _length += DayText.Length;
        }

        private void Separate()
        {
            if (_fields++ > 0) buffer[_length++] = Separator;
        }
    }
}
