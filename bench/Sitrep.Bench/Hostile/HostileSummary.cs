using System.Text.Json.Serialization;

namespace Sitrep.Bench.Hostile;

/// <summary>The hostile bench's last line: its limit and budget, the machine, the stages over the limit and every row.</summary>
public sealed record HostileSummary(
    [property: JsonPropertyName("limit_s_per_mb")] double LimitSecondsPerMb,
    [property: JsonPropertyName("budget_s")] double BudgetSeconds,
    [property: JsonPropertyName("cores")] int Cores,
    [property: JsonPropertyName("load_average")] string LoadAverage,
    [property: JsonPropertyName("over")] IReadOnlyList<string> Over,
    [property: JsonPropertyName("rows")] IReadOnlyList<HostileRow> Rows);
