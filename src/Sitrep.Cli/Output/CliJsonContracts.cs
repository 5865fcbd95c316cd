using System.Text.Json.Serialization;
using Sitrep.Ledger;
using Sitrep.Ledger.Framing;

namespace Sitrep.Cli.Output;

/// <summary>The serializer's contracts for what the `--json` options print, made at build time (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, IndentSize = 2)]
[JsonSerializable(typeof(LedgerView))]
[JsonSerializable(typeof(IReadOnlyList<FramingRow>), TypeInfoPropertyName = "FramingRows")]
public sealed partial class CliJsonContracts : JsonSerializerContext;
