using System.Text.Json;
using Sitrep.Export;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Export;

public sealed class GeoJsonExporterTests
{
    [Fact]
    public void TheSampleDocumentGivesTheApprovedFeatureCollection()
    {
        var geojson = ExportGolden.Write(w => GeoJsonExporter.Write(w, StoreSamples.Coded.Events));

        Assert.Equal(ExportGolden.Read("sample.golden.geojson"), geojson);
    }

    [Fact]
    public void OnlyEventsWithCoordinatesArePlacedLongitudeFirst()
    {
        var unplaced = StoreSamples.Strike with { Place = StoreSamples.Strike.Place! with { Latitude = null, Longitude = null } };

        var geojson = ExportGolden.Write(w => GeoJsonExporter.Write(w, [StoreSamples.Strike, unplaced, StoreSamples.LeafletDrop]));

        using var json = JsonDocument.Parse(geojson);
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal([36.8054, 35.8623], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public void FeaturePropertiesAreTheCsvColumns()
    {
        var geojson = ExportGolden.Write(w => GeoJsonExporter.Write(w, [StoreSamples.Strike]));

        using var json = JsonDocument.Parse(geojson);
        var properties = json.RootElement.GetProperty("features")[0].GetProperty("properties");
        // The ledger's cluster columns are in the CSV only.
        var csvColumns = ExportGolden.Read("csv-header.golden.txt").TrimEnd('\n').Split(',').Where(c => c is not ("cluster_id" or "corroboration"));
        Assert.Equal(csvColumns, properties.EnumerateObject().Select(p => p.Name));
    }
}
