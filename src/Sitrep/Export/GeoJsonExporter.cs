using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Model;

namespace Sitrep.Export;

/// <summary>
/// A GeoJSON FeatureCollection with one Point feature per event that has coordinates, its properties those
/// of the CSV row. Negated and hedged events are left out (see <see cref="AcledRow"/>).
/// </summary>
public static class GeoJsonExporter
{
    private sealed record Geometry(double[] Coordinates)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "Point";
    }

    private sealed record Feature(Geometry Geometry, AcledRow Properties)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "Feature";
    }

    private sealed record FeatureCollection(IReadOnlyList<Feature> Features)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "FeatureCollection";
    }

    public static void Write(TextWriter writer, IReadOnlyList<Event> events)
    {
        var features = AcledRow.OfEventsThatHappened(events)
            .Where(r => r is { Latitude: not null, Longitude: not null })
            .Select(r => new Feature(new Geometry([r.Longitude!.Value, r.Latitude!.Value]), r))
            .ToList();
        writer.Write(JsonSerializer.Serialize(new FeatureCollection(features), ExportJson.Indented));
        writer.Write('\n');
    }
}
