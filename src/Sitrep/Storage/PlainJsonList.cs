using System.Buffers;

namespace Sitrep.Storage;

/// <summary>
/// A list of strings as JSON text, written directly when every character of it is one the serializer's relaxed
/// encoder writes as it is, or a quote or backslash (written <c>\"</c> and <c>\\</c>): then the serializer's output is
/// just the items quoted, comma-separated, in brackets. The lists stored are source names and the coder's reasons,
/// and the serializer's machinery cost more than the text it wrote.
/// </summary>
internal static class PlainJsonList
{
    /// <summary>
    /// Characters the relaxed encoder leaves as they are (checked against it by the tests): printable ASCII but the
    /// quote and the backslash; Latin-1 and Latin Extended-A but the no-break space and the soft hyphen; French
    /// typographic quotes, apostrophe, dashes and ellipsis; arrows.
    /// </summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(PlainCharacters());

    /// <summary>
    /// The printable ASCII characters of <see cref="Plain"/>: most of a list is these, and scanning for anything else
    /// is vectorized for an ASCII set, not for the whole one.
    /// </summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(PlainCharacters().Where(char.IsAscii).ToArray());

    /// <summary>What the encoder escapes with a backslash before the character itself.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"\\");

    /// <summary>The length of the list's JSON when it can be written directly (<see cref="Write"/>), or -1 when the serializer must write it.</summary>
    public static int Length(IReadOnlyList<string> items)
    {
        var length = 2 + Math.Max(items.Count - 1, 0);
        // By index, not foreach: through the interface, foreach boxes the list's enumerator, one per list stored.
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null) return -1;
            var rest = item.AsSpan();
            for (var at = rest.IndexOfAnyExcept(PlainAscii); at >= 0; at = rest.IndexOfAnyExcept(PlainAscii))
            {
                if (Escaped.Contains(rest[at])) length++;
                else if (!Plain.Contains(rest[at])) return -1;
                rest = rest[(at + 1)..];
            }
            length += item.Length + 2;
        }
        return length;
    }

    /// <summary>Writes the JSON of a list whose <see cref="Length"/> is that of <paramref name="text"/>.</summary>
    public static void Write(IReadOnlyList<string> items, Span<char> text)
    {
        text[0] = '[';
        var at = 1;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) text[at++] = ',';
            text[at++] = '"';
            var rest = items[i].AsSpan();
            for (var next = rest.IndexOfAny(Escaped); next >= 0; next = rest.IndexOfAny(Escaped))
            {
                rest[..next].CopyTo(text[at..]);
                at += next;
                text[at++] = '\\';
                text[at++] = rest[next];
                rest = rest[(next + 1)..];
            }
            rest.CopyTo(text[at..]);
            at += rest.Length;
            text[at++] = '"';
        }
        text[at] = ']';
    }

    private static string PlainCharacters()
    {
        var plain = new List<char>();
        for (var c = ' '; c <= '~'; c++)
            if (c is not ('"' or '\\')) plain.Add(c);
        for (var c = '\u00A1'; c <= '\u017F'; c++)
            if (c != '\u00AD') plain.Add(c);
        plain.AddRange("\u2013\u2014\u2018\u2019\u201C\u201D\u2026");
        for (var c = '\u2190'; c <= '\u21FF'; c++) plain.Add(c);
        return new string(plain.ToArray());
    }
}
