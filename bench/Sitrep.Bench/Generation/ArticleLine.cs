using System.Text.Json.Serialization;

namespace Sitrep.Bench.Generation;

/// <summary>One line of the corpus, in the JSONL document-list format that <c>sitrep run</c> reads.</summary>
public sealed record ArticleLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outlet")] string Outlet,
    [property: JsonPropertyName("published")] string Published,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text);
