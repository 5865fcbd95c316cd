using System.Text;

namespace Sitrep.Ingest.Decoding;

/// <summary>
/// Turns the bytes of a text file into a string: a byte order mark decides (UTF-8, UTF-16, UTF-32);
/// without one, UTF-8 when the bytes are valid UTF-8, else Windows-1252.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Throws <see cref="UnreadableInputException"/> for an empty or binary file.</summary>
    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new UnreadableInputException("empty file");
        BinarySniffer.RejectBinaryHead(bytes);
        var decoded = DecodeText(bytes);
        BinarySniffer.RejectControlNoise(decoded.Text);
        return decoded;
    }

    private static DecodedText DecodeText(byte[] bytes)
    {
        if (Bom.Detect(bytes) is { } bom)
        {
            try
            {
                return new DecodedText(bom.Encoding.GetString(bytes, bom.Mark.Length, bytes.Length - bom.Mark.Length), null);
            }
            catch (DecoderFallbackException)
            {
                throw new UnreadableInputException($"invalid {bom.Encoding.WebName} text after its byte order mark");
            }
        }
        try
        {
            return new DecodedText(Encodings.StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(Encodings.Windows1252.GetString(bytes), "not UTF-8, read as Windows-1252");
        }
    }
}
