using System.Globalization;
using System.Text.Json.Serialization;

namespace Sitrep.Bench.Hostile;

/// <summary>
/// One stage on one hostile input, at the largest size it was run: CPU and wall seconds, CPU seconds per megabyte of
/// what the stage read, and how its time grew from the size before (1 linear, 2 quadratic).
/// </summary>
public sealed record HostileRow(
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("mb")] double Mb,
    [property: JsonPropertyName("cpu_s")] double CpuSeconds,
    [property: JsonPropertyName("wall_s")] double WallSeconds,
    [property: JsonPropertyName("growth_exponent")] double? GrowthExponent,
    [property: JsonPropertyName("stopped")] bool Stopped,
    [property: JsonPropertyName("note")] string? Note)
{
    [JsonPropertyName("s_per_mb")]
    public double SecondsPerMb => Mb > 0 ? CpuSeconds / Mb : 0;

    /// <summary>Over the limit at the largest size the stage ran at.</summary>
    [JsonPropertyName("over")]
    public bool Over => SecondsPerMb > HostileBench.LimitSecondsPerMb;

    public const string MarkdownHeader =
        "| input | stage | MB | cpu s | wall s | s/MB | growth | |\n|---|---|---:|---:|---:|---:|---:|---|";

    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture,
        $"| {Input} | {Stage} | {Mb:0.###} | {CpuSeconds:0.000} | {WallSeconds:0.000} | {SecondsPerMb:0.000} | {(GrowthExponent is { } e ? e.ToString("0.0", CultureInfo.InvariantCulture) : "–")} | {Flag} |");

    private string Flag => string.Join("; ", new[]
    {
        Over ? "**OVER 1 s/MB**" : null,
        Stopped ? "stopped: the next size would pass the time budget" : null,
        Note,
    }.Where(s => s is not null));
}
