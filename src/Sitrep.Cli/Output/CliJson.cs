using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Export;

namespace Sitrep.Cli.Output;

/// <summary>JSON output of the `--json` options: snake_case names, indented, French text left unescaped.</summary>
public static class CliJson
{
    /// <summary>The encoder is no build-time option: it is given with the options the contracts are made from.</summary>
    public static readonly CliJsonContracts Contracts = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
    });

    /// <summary>Writes the value as the serializer produces it, a buffer at a time: a ledger's JSON is a hundred megabytes.</summary>
    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> contract)
    {
        using (var stream = new TextWriterStream(writer)) JsonSerializer.Serialize(stream, value, contract);
        writer.WriteLine();
    }
}
