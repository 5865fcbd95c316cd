namespace Sitrep.Ingest.Decoding;

/// <summary>Recognises files that are not text, so they are reported instead of read as garbage.</summary>
internal static class BinarySniffer
{
    /// <summary>How many leading bytes are inspected for signatures and NUL bytes.</summary>
    public const int HeadLength = 8192;

    // Above this share of control characters a decoded "text" is noise, not prose: real articles
    // have none besides tab and line breaks, while random bytes decoded as Windows-1252 give about 14 %.
    private const double MaxControlShare = 0.05;

    private static readonly (string Name, byte[] Magic)[] Signatures =
    [
        ("a zip archive (also docx, odt, epub)", "PK\u0003\u0004"u8.ToArray()),
        ("a PDF file", "%PDF-"u8.ToArray()),
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", "GIF8"u8.ToArray()),
        ("a gzip archive", [0x1F, 0x8B]),
        ("a 7-zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("a RAR archive", "Rar!\u001A\u0007"u8.ToArray()),
        ("an ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("an OLE document (doc, xls)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
    ];

    /// <summary>Throws <see cref="UnreadableInputException"/> when the head of a file is a known binary format or holds NUL bytes.</summary>
    public static void RejectBinaryHead(ReadOnlySpan<byte> head)
    {
        foreach (var (name, magic) in Signatures)
            if (head.StartsWith(magic))
                throw new UnreadableInputException($"binary file: {name}, not text");
        if (Bom.Detect(head) is { IsWide: true })
            return;
        if (head[..Math.Min(head.Length, HeadLength)].Contains((byte)0))
            throw new UnreadableInputException("binary file: contains NUL bytes, not text");
    }

    /// <summary>Throws <see cref="UnreadableInputException"/> when decoded text is mostly control characters.</summary>
    public static void RejectControlNoise(string text)
    {
        var controls = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
                controls++;
        if (controls > 0 && controls > text.Length * MaxControlShare)
            throw new UnreadableInputException($"binary file: {controls} control characters in {text.Length}, not text");
    }
}
