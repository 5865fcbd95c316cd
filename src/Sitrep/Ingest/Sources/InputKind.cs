namespace Sitrep.Ingest.Sources;

internal enum InputKind { Missing, Text, Html, Jsonl, Feed }

/// <summary>One input file (or a path that names nothing) and how to read it.</summary>
internal sealed record InputFile(string Path, InputKind Kind)
{
    /// <summary>The kind a file extension announces, or null for one Ingest does not know.</summary>
    public static InputKind? KindOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputKind.Text,
        ".html" or ".htm" or ".xhtml" => InputKind.Html,
        ".jsonl" or ".ndjson" => InputKind.Jsonl,
        ".rss" or ".atom" or ".xml" => InputKind.Feed,
        _ => null,
    };
}
