using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Storage;

/// <summary>An event's other telling as a column holds it: <c>{"quote", "start", "length", "sources"}</c>.</summary>
internal sealed record StoredReport(string Quote, int Start, int Length, IReadOnlyList<string> Sources);

/// <summary>
/// The serializer's contracts for the JSON lists columns hold, made at build time (no reflection): snake_case names,
/// French text left unescaped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<string>), TypeInfoPropertyName = "StringList")]
[JsonSerializable(typeof(IEnumerable<StoredReport>), TypeInfoPropertyName = "Reports")]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(StoredReport[]))]
internal sealed partial class StoredJson : JsonSerializerContext
{
    /// <summary>The encoder is no build-time option: it is given with the options this instance is made from.</summary>
    public static readonly StoredJson Relaxed = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    });
}
