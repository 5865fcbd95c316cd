using Sitrep.Ingest.Extraction;

namespace Sitrep.Ingest.Sources;

/// <summary>Reads a file that holds one document: plain text, or HTML by its extension.</summary>
internal static class SingleFile
{
    public static Draft Read(string path, IngestLimits limits, ArticleExtractor extractor) => InputFile.KindOf(path) switch
    {
        InputKind.Html => HtmlPage.Read(path, limits, extractor),
        InputKind.Text or null => FromText(path, Decoding.TextDecoder.Decode(FileBytes.Read(path, limits))),
        var other => throw new UnreadableInputException($"a {other} file holds several documents; list it as an input, not as a path"),
    };

    private static Draft FromText(string path, Decoding.DecodedText decoded) => new(path, decoded.Text, Guess: decoded.Guess);
}
