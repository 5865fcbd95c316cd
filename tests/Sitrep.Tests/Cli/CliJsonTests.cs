using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Cli.Output;
using Sitrep.Ledger;
using Sitrep.Ledger.Framing;

namespace Sitrep.Tests.Cli;

/// <summary>The `--json` outputs' build-time contracts write what the reflection serializer wrote with the same settings.</summary>
public class CliJsonTests
{
    /// <summary>The options `CliJson` serialized through by reflection before its contracts were generated.</summary>
    private static readonly JsonSerializerOptions ByReflection = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly Report Told = new("doc-1", "Le Monde", ["l'OSDH", "un témoin"], "l'OSDH", "« 12 morts » à Alep <selon> l'OSDH");

    [Fact]
    public void TheLedgerIsWrittenAsTheReflectionSerializerWroteIt()
    {
        var view = new LedgerView(
            [new Contradiction("fatalities", "c-1 Alep", 12, Told, 14.5, Told with { Outlet = null })],
            [new EventCluster("c-1", "Attack", "Alep", new DateOnly(2016, 12, 6), "Forces armées", null, ["e-1", "e-2"], [Told], ["l'OSDH"], [12, 14])]);

        Assert.Equal(JsonSerializer.Serialize(view, ByReflection) + Environment.NewLine, Written(view, CliJson.Contracts.LedgerView));
    }

    [Fact]
    public void TheFramingRowsAreWrittenAsTheReflectionSerializerWroteThem()
    {
        IReadOnlyList<FramingRow> rows =
        [
            new("Le Monde", "État islamique", [new WordCount("djihadiste", 3), new WordCount("terroriste", 1)], 4, 0, 1.0),
            new("doc-2", "rebelles", [], 0, 0, null),
        ];

        Assert.Equal(JsonSerializer.Serialize(rows, ByReflection) + Environment.NewLine, Written(rows, CliJson.Contracts.FramingRows));
    }

    private static string Written<T>(T value, JsonTypeInfo<T> contract)
    {
        var writer = new StringWriter();
        CliJson.Write(writer, value, contract);
        return writer.ToString();
    }
}
