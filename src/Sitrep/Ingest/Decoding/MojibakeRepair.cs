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
        if (!HasUtf8LeadLookalike(text)) return text;
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

    // Every double-encoded non-ASCII character starts with what was a UTF-8 lead byte (0xC2-0xF4): "Ã", "Â", "â"...
    private static bool HasUtf8LeadLookalike(string text)
    {
        foreach (var c in text)
            if (c is >= '\u00C2' and <= '\u00F4')
                return true;
        return false;
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
