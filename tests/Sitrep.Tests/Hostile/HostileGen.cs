using System.Text;
using CsCheck;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Generators of hostile input: French news phrases (so that coding really runs) mixed with control
/// characters, NUL, lone surrogates, combining marks, right-to-left text, any UTF-16 code unit and long
/// runs of one piece; and byte strings, raw or as the text encoded wrongly, wrapped in HTML, JSONL or RSS.
/// </summary>
public static class HostileGen
{
    private static readonly string[] NewsPieces =
    [
        "Des combats ", "ont opposé ", "les rebelles ", "l'armée syrienne ", "à Alep", " près de Homs", " dans la province d'Idleb",
        "selon l'OSDH, un observatoire basé à Londres", ", a indiqué ", "d'après l'agence Sana, ", "Daech ", "le régime ",
        "a bombardé ", "ont tué ", "12 morts", " et 30 blessés", "deux cents civils", "le 3 mars 2016", "hier soir ", "mardi ",
        "une attaque ", "un attentat suicide ", "des frappes aériennes russes ", "ont repris le contrôle de ", "Palmyre", ". ", ".\n",
        "\n\n", " « ", " » ", "’", "M. Assad ", "1 000 ", "3,5 km ", "40 % ", "2016-12-06 ", "janvier ", "n'a pas ", "aurait ",
    ];

    private static readonly string[] TrickyPieces =
    [
        "\0", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\u0301", "\u0308\u0327", "e\u0301", "\u202E", "\u202C",
        "\u200F", "\u200E", "\u200B", "\uFEFF", "\uFFFE", "\uFFFF", "\u00AD", "\u00A0", "\u202F", "\u2028", "\u2029", "\r", "\r\n",
        "\t", "\u0085", "\u001B[31m", "\u007F", "قال المرصد السوري ", "حلب", "Ð\u009F", "Ã©", "Ã\u00A0", "â€™", "&amp;", "&#0;",
        "<div>", "</p>", "<script>alert(1)</script>", "...", "…", "?!", "-", "—", "'", "\"", "(", ")", "[", "]", "%", "+", "°",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(NewsPieces)),
        (4, Gen.OneOf(TrickyPieces)),
        (3, Gen.Char.Select(c => c.ToString())),
        (1, Gen.Select(Gen.OneOf([.. NewsPieces, .. TrickyPieces]), Gen.Int[2, 300], (p, n) => string.Concat(Enumerable.Repeat(p, n)))));

    /// <summary>Any string, up to about twenty thousand UTF-16 code units, not always well formed.</summary>
    public static readonly Gen<string> Text = Piece.Array[0, 60].Select(string.Concat);

    private static readonly Encoding Latin1252 = CodePagesEncoding(1252);

    /// <summary>The hostile text as bytes: raw random bytes, or the text in some encoding, maybe with a mark, maybe cut mid-character.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (2, Gen.Byte.Array[0, 3000]),
        (5, Gen.Select(Text, Gen.Int[0, 5], Gen.Int[0, 8], Encode)));

    private static byte[] Encode(string text, int encoding, int cut)
    {
        byte[] bytes = encoding switch
        {
            0 => Encoding.UTF8.GetBytes(text),
            1 => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            2 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            3 => Encoding.BigEndianUnicode.GetBytes(text),
            4 => Latin1252.GetBytes(text),
            _ => Encoding.UTF8.GetBytes(Latin1252.GetString(Encoding.UTF8.GetBytes(text))), // mojibake: UTF-8 read as 1252, written again
        };
        return cut == 0 && bytes.Length > 1 ? bytes[..^1] : bytes;
    }

    /// <summary>Where the bytes go: a file name, and the bytes as that kind of input.</summary>
    public static readonly Gen<(string Name, byte[] Bytes)> InputFile = Gen.Select(Bytes, Gen.Int[0, 5], Wrap);

    private static (string, byte[]) Wrap(byte[] body, int kind)
    {
        var text = Encoding.UTF8.GetString(body);
        return kind switch
        {
            0 => ("page.html", body),
            1 => ("page.html", Encoding.UTF8.GetBytes($"<html><head><title>{text[..Math.Min(40, text.Length)]}</title></head><body><article><p>{text}</p></article></body></html>")),
            2 => ("list.jsonl", Encoding.UTF8.GetBytes($"{{\"id\":\"a\",\"text\":{System.Text.Json.JsonSerializer.Serialize(text)}}}\n{text}\n{{\"text\":\"Des combats à Alep.\"}}")),
            3 => ("feed.xml", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><rss><channel><title>t</title><item><description>{text}</description></item></channel></rss>")),
            4 => ("feed.rss", body),
            _ => ("article.txt", body),
        };
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
