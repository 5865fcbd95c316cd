using System.Text.Json.Serialization;

namespace Sitrep.Bench.Hostile;

/// <summary>The hostile bench's last line: its limit and budget, the machine, the stages over the limit and every row.</summary>
public sealed record HostileSummary(
    double LimitSPerMb, double BudgetS, int Cores, string LoadAverage, IReadOnlyList<string> Over, IReadOnlyList<HostileRow> Rows);

/// <summary>The summary's contract, made at build time: snake_case names (limit_s_per_mb...); its rows name their own fields.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HostileSummary))]
internal sealed partial class HostileJson : JsonSerializerContext;
