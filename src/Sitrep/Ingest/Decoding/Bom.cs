using System.Text;

namespace Sitrep.Ingest.Decoding;

/// <summary>A byte order mark at the start of a file, and the (strict) encoding it announces.</summary>
internal sealed record Bom(byte[] Mark, Encoding Encoding)
{
    // UTF-32 LE is tested before UTF-16 LE: its mark starts with the same two bytes.
    private static readonly Bom[] Known =
    [
        new([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true)),
        new([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true)),
        new([0xEF, 0xBB, 0xBF], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)),
        new([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)),
        new([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)),
    ];

    public bool IsWide => Encoding is UnicodeEncoding or UTF32Encoding;

    public static Bom? Detect(ReadOnlySpan<byte> bytes)
    {
        foreach (var bom in Known)
            if (bytes.StartsWith(bom.Mark))
                return bom;
        return null;
    }
}
