using System.Text.Json.Serialization;

namespace Sitrep.Bench.Harness;

/// <summary>
/// What one stage measured: throughput over the articles' text, peak resident memory, cores used, and the events coded
/// (the full pipeline only), which tell how much coding and storing each megabyte of this corpus asks for.
/// </summary>
public sealed record StageResult(
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("text_bytes")] long TextBytes,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("peak_mb")] double PeakMb,
    [property: JsonPropertyName("cores_busy")] double CoresBusy,
    [property: JsonPropertyName("allocated_mb")] double AllocatedMb,
    [property: JsonPropertyName("events")] int Events)
{
    public const double Megabyte = 1_000_000;

    public double MegabytesPerSecond => TextBytes / Megabyte / Seconds;

    public double ArticlesPerSecond => Articles / Seconds;
}
