namespace Sitrep.Ingest;

/// <summary>
/// Size limits that keep one oversized input from exhausting memory; an input over a limit is
/// reported as <see cref="IngestResult.Failed"/>.
/// </summary>
/// <param name="MaxTextChars">Longest text one document may have (characters, before boilerplate removal).</param>
/// <param name="MaxFileBytes">Largest file read whole: a text, HTML or feed file.</param>
public sealed record IngestLimits(long MaxTextChars = IngestLimits.DefaultMaxTextChars, long MaxFileBytes = IngestLimits.DefaultMaxFileBytes)
{
    public const long DefaultMaxTextChars = 5_000_000;
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    public static IngestLimits Default { get; } = new();
}
