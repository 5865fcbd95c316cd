using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Export;

/// <summary>
/// The exports' JSON, its contracts made at build time (no reflection): snake_case names, nulls written, French text
/// left unescaped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(JsonlRecords.EventLine))]
[JsonSerializable(typeof(JsonlRecords.ClaimLine))]
[JsonSerializable(typeof(JsonlRecords.LabelLine))]
[JsonSerializable(typeof(GeoJsonExporter.Feature))]
internal sealed partial class ExportJson : JsonSerializerContext
{
    public static readonly ExportJson OneLine = new(Settings(indented: false));

    public static readonly ExportJson Indented = new(Settings(indented: true));

    /// <summary>The layout of <see cref="Indented"/>, for a document written piece by piece.</summary>
    public static readonly JsonWriterOptions IndentedWriter =
        new() { Encoder = Indented.Options.Encoder, Indented = true, IndentSize = Indented.Options.IndentSize };

    /// <summary>The encoder is no build-time option: each instance is made from options that give it.</summary>
    private static JsonSerializerOptions Settings(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = indented,
        IndentSize = 2,
    };
}
