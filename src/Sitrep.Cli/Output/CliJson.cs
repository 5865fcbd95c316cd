using System.Text.Encodings.Web;
using System.Text.Json;

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

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));
}
