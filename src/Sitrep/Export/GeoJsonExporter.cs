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
    internal sealed record Geometry(double[] Coordinates)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "Point";
    }

    internal sealed record Feature(Geometry Geometry, AcledRow Properties)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "Feature";
    }

    /// <summary>Features written to the writer as they are made, about this many bytes at a time.</summary>
    private const int ChunkBytes = 1 << 16;

    /// <summary>
    /// Writes the collection as the events are enumerated (grouped by document, as a store reads them), one
    /// feature at a time: the document is one JSON value, but it need not be held whole.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<Event> events)
    {
        using (var stream = new TextWriterStream(writer))
        using (var json = new Utf8JsonWriter(stream, ExportJson.IndentedWriter))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var row in AcledRow.OfEventsThatHappened(events))
            {
                if (row is not { Latitude: { } latitude, Longitude: { } longitude }) continue;
                JsonSerializer.Serialize(json, new Feature(new Geometry([longitude, latitude]), row), ExportJson.Indented.Feature);
                if (json.BytesPending >= ChunkBytes) json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.Write('\n');
    }
}
