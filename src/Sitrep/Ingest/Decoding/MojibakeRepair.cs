using System.Text.Unicode;

namespace Sitrep.Ingest.Decoding;

/// <summary>
/// Undoes double encoding: UTF-8 bytes that were once decoded as Windows-1252 or Latin-1, so that
/// "é" reads "Ã©". The text is repaired only when all of it maps back to bytes that are valid UTF-8;
/// correct French text never does (a lone "é" is not a valid UTF-8 byte sequence).
/// </summary>
internal static class MojibakeRepair
{
    // Characters that Windows-1252 puts at bytes 0x80-0x9F; Latin-1 puts the C1 controls there instead.
    private static readonly Dictionary<char, byte> Windows1252High = BuildWindows1252High();

    public static string Repair(string text)
    {
        if (!StartsLikeUtf8(text)) return text;
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= '\u00FF') bytes[i] = (byte)c;
            else if (Windows1252High.TryGetValue(c, out var b)) bytes[i] = b;
            else return text;
        }
        // Checked first rather than caught: correct French text always fails, and a thrown exception cost more than
        // the rest of reading the article.
        return Utf8.IsValid(bytes) ? Encodings.StrictUtf8.GetString(bytes) : text;
    }

    /// <summary>
    /// Whether the text has what was a UTF-8 lead byte (0xC2-0xF4: "Ã", "Â", "â"...), as every double-encoded non-ASCII
    /// character starts with one, and the first one is followed by what was a continuation byte (0x80-0xBF), as it must
    /// be for the bytes to be valid UTF-8. Correct French text fails at its first accent ("é" then a letter), which
    /// spares mapping all of it to bytes only to find them invalid.
    /// </summary>
    private static bool StartsLikeUtf8(string text)
    {
        var lead = text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4');
        if (lead < 0) return false;
        if (lead + 1 == text.Length) return false;
        var next = text[lead + 1];
        return next is >= '\u0080' and <= '\u00BF' || (Windows1252High.TryGetValue(next, out var b) && b is >= 0x80 and <= 0xBF);
    }

    private static Dictionary<char, byte> BuildWindows1252High()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var c = Encodings.Windows1252.GetString([(byte)b])[0];
            if (c > '\u00FF' && c != '\uFFFD') map[c] = (byte)b;
        }
        return map;
    }
}
