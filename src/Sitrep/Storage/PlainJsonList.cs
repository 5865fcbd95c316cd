using System.Buffers;

namespace Sitrep.Storage;

/// <summary>
/// A list of strings as JSON text, written directly when no item holds a character that the serializer's relaxed
/// encoder would escape: then its output is just the items quoted, comma-separated, in brackets. The lists stored
/// are short source names and rule names, and the serializer's machinery cost more than the text it wrote.
/// </summary>
internal static class PlainJsonList
{
    /// <summary>
    /// Characters the relaxed encoder leaves as they are (checked against it by the tests): printable ASCII but the
    /// quote and the backslash; Latin-1 and Latin Extended-A but the no-break space and the soft hyphen; French
    /// typographic quotes, apostrophe, dashes and ellipsis.
    /// </summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(PlainCharacters());

    public static bool TryWrite(IReadOnlyList<string> items, out string json)
    {
        json = "";
        var length = 2 + Math.Max(items.Count - 1, 0);
        foreach (var item in items)
        {
            if (item is null || item.AsSpan().ContainsAnyExcept(Plain)) return false;
            length += item.Length + 2;
        }
        json = string.Create(length, items, static (text, items) =>
        {
            text[0] = '[';
            var at = 1;
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) text[at++] = ',';
                text[at++] = '"';
                items[i].CopyTo(text[at..]);
                at += items[i].Length;
                text[at++] = '"';
            }
            text[at] = ']';
        });
        return true;
    }

    private static string PlainCharacters()
    {
        var plain = new List<char>();
        for (var c = ' '; c <= '~'; c++)
            if (c is not ('"' or '\\')) plain.Add(c);
        for (var c = '\u00A1'; c <= '\u017F'; c++)
            if (c != '\u00AD') plain.Add(c);
        plain.AddRange("\u2013\u2014\u2018\u2019\u201C\u201D\u2026");
        return new string(plain.ToArray());
    }
}
