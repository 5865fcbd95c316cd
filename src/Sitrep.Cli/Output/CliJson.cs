using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Export;

namespace Sitrep.Cli.Output;

/// <summary>JSON output of the `--json` options: snake_case names, indented, French text left unescaped.</summary>
public static class CliJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
    };

    /// <summary>Writes the value as the serializer produces it, a buffer at a time: a ledger's JSON is a hundred megabytes.</summary>
    public static void Write<T>(TextWriter writer, T value)
    {
        using (var stream = new TextWriterStream(writer)) JsonSerializer.Serialize(stream, value, Options);
        writer.WriteLine();
    }
}
