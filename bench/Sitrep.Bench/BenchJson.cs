using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Bench.Generation;
using Sitrep.Bench.Harness;

namespace Sitrep.Bench;

/// <summary>The serializer's contracts for the bench's measures and generated articles, made at build time (no reflection).</summary>
[JsonSerializable(typeof(StageResult))]
[JsonSerializable(typeof(Dictionary<string, double>), TypeInfoPropertyName = "Figures")]
[JsonSerializable(typeof(ArticleLine))]
internal sealed partial class BenchJson : JsonSerializerContext
{
    /// <summary>For articles: French text left unescaped, as a corpus file is read by eye too.</summary>
    public static readonly BenchJson Relaxed = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
