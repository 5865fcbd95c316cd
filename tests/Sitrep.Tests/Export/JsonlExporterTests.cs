using System.Text.Json;
using Sitrep.Model;
using Sitrep.Export;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Export;

public sealed class JsonlExporterTests
{
    private static readonly Dictionary<string, string[]> GoldFields = new()
    {
        ["event"] = ["kind", "doc", "quote", "event_type", "sub_event_type", "actor1", "actor2", "location", "place",
            "date", "time_precision", "fatalities", "injured", "sources", "negated", "hedged"],
        ["claim"] = ["kind", "doc", "quote", "quantity", "value", "unit", "date", "sources"],
        ["label"] = ["kind", "doc", "actor", "word"],
    };

    [Fact]
    public void TheSampleDocumentGivesTheApprovedLines()
    {
        Assert.Equal(ExportGolden.Read("sample.golden.jsonl"), Export(StoreSamples.Coded));
    }

    [Fact]
    public void EveryLineStartsWithTheGoldFieldsOfItsKindInTheGoldOrder()
    {
        foreach (var line in Export(StoreSamples.Coded).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var kind = json.RootElement.GetProperty("kind").GetString()!;
            var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(GoldFields[kind], names.Take(GoldFields[kind].Length));
        }
    }

    [Fact]
    public void FrenchTextIsWrittenAsItIsNotEscaped()
    {
        var jsonl = Export(StoreSamples.Coded);

        Assert.Contains("bombardé mardi Saraqeb, dans la province d'Idleb", jsonl);
        Assert.Contains("« attaqué »", jsonl);
    }

    [Fact]
    public void LinesAreGroupedByDocumentThenByKind()
    {
        var other = StoreSamples.Other("t02_after");
        var coded = StoreSamples.Coded;

        var jsonl = ExportGolden.Write(w => JsonlExporter.Write(w, [.. coded.Events, .. other.Events], coded.Claims, coded.Labels));

        var order = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => $"{e.GetProperty("doc").GetString()} {e.GetProperty("kind").GetString()}")
            .Distinct();
        Assert.Equal([$"{StoreSamples.DocId} event", $"{StoreSamples.DocId} claim", $"{StoreSamples.DocId} label", "t02_after event"], order);
    }

    [Fact]
    public void EventIdsAreNumberedWithinTheirDocumentAsTheStoreNumbersThem()
    {
        var twice = StoreSamples.Coded with { Events = [StoreSamples.Strike, StoreSamples.Strike] };
        var other = StoreSamples.Other("t02_after");

        var ids = ExportGolden.Write(w => JsonlExporter.Write(w, [.. twice.Events, .. other.Events, .. other.Events], [], []))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("event_id").GetString()!)
            .ToList();

        Assert.Equal([.. EventIds.Assign(twice.Events), .. EventIds.Assign([.. other.Events, .. other.Events])], ids);
    }

    private static string Export(CodedDocument coded) =>
        ExportGolden.Write(w => JsonlExporter.Write(w, coded.Events, coded.Claims, coded.Labels));
}
