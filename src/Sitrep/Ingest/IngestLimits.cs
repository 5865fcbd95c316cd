namespace Sitrep.Ingest;

/// <summary>
/// Size limits that keep one oversized input from exhausting memory; an input over a limit is
/// reported as <see cref="IngestResult.Failed"/>.
/// </summary>
/// <param name="MaxTextChars">Longest text one document may have (characters, before boilerplate removal).</param>
/// <param name="MaxFileBytes">Largest file read whole: a text, HTML or feed file.</param>
/// <param name="MaxHtmlBytes">Largest HTML page parsed: parsing and finding the article take a fraction of a second per megabyte.</param>
/// <param name="MaxHtmlDepth">Deepest nesting of HTML or feed elements parsed; parsing slows with the square of the depth.</param>
public sealed record IngestLimits(
    long MaxTextChars = IngestLimits.DefaultMaxTextChars,
    long MaxFileBytes = IngestLimits.DefaultMaxFileBytes,
    long MaxHtmlBytes = IngestLimits.DefaultMaxHtmlBytes,
    int MaxHtmlDepth = IngestLimits.DefaultMaxHtmlDepth)
{
    public const long DefaultMaxTextChars = 5_000_000;
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;
    public const long DefaultMaxHtmlBytes = 16L * 1024 * 1024;
    public const int DefaultMaxHtmlDepth = 256;

    public static IngestLimits Default { get; } = new();
}
