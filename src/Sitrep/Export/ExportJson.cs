using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Export;

/// <summary>JSON settings shared by the exports: snake_case names, nulls written, French text left unescaped.</summary>
internal static class ExportJson
{
    public static readonly JsonSerializerOptions OneLine = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static readonly JsonSerializerOptions Indented = new(OneLine) { WriteIndented = true, IndentSize = 2 };

    /// <summary>The layout of <see cref="Indented"/>, for a document written piece by piece.</summary>
    public static readonly JsonWriterOptions IndentedWriter =
        new() { Encoder = Indented.Encoder, Indented = true, IndentSize = Indented.IndentSize };
}
