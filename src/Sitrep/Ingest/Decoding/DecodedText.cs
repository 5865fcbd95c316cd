namespace Sitrep.Ingest.Decoding;

/// <summary>A file's text, and how it was decoded when that was a guess rather than certain (null when certain).</summary>
internal sealed record DecodedText(string Text, string? Guess);
