using System.Globalization;
using System.Text.Json.Nodes;
using Sitrep.Resources;

namespace Sitrep.Tests.Web;

/// <summary>The hand-drawn outline of Syria the map draws points over.</summary>
public sealed class MapOutlineTests
{
    private static readonly (double Lon, double Lat)[] Outline = ReadOutline();

    private static (double, double)[] ReadOutline()
    {
        using var stream = typeof(Sitrep.Web.WebServer).Assembly.GetManifestResourceStream("page/syria-outline.json")!;
        var ring = JsonNode.Parse(stream)!["features"]![0]!["geometry"]!["coordinates"]![0]!.AsArray();
        return ring.Select(p => ((double)p![0]!, (double)p[1]!)).ToArray();
    }

    [Fact]
    public void TheOutlineIsAClosedRingOfAboutFiftyPoints()
    {
        Assert.Equal(Outline[0], Outline[^1]);
        Assert.InRange(Outline.Length, 40, 100);
    }

    [Fact]
    public void NearlyEveryGazetteerPlaceFallsInsideTheOutline()
    {
        var places = File.ReadLines(Path.Combine(ResourcePaths.Places, "syria.tsv"))
            .Where(line => !line.StartsWith('#') && !line.StartsWith("id\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .Where(f => f[5].Length > 0 && f[6].Length > 0)
            .Select(f => (Lon: double.Parse(f[6], CultureInfo.InvariantCulture), Lat: double.Parse(f[5], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.True(places.Count > 500, $"only {places.Count} places with coordinates");
        var outside = places.Count(p => !Inside(p));
        Assert.True(outside <= places.Count / 100, $"{outside} of {places.Count} gazetteer places fall outside the outline");
    }

    [Theory]
    [InlineData(36.3, 33.5)] // Damascus
    [InlineData(37.16, 36.2)] // Aleppo
    [InlineData(40.14, 35.33)] // Deir ez-Zor
    public void CitiesAreInside(double lon, double lat) => Assert.True(Inside((lon, lat)));

    [Theory]
    [InlineData(35.5, 33.9)] // Beirut
    [InlineData(35.93, 31.95)] // Amman
    [InlineData(44.36, 33.31)] // Baghdad
    [InlineData(37.38, 37.07)] // Gaziantep
    public void NeighbouringCitiesAreOutside(double lon, double lat) => Assert.False(Inside((lon, lat)));

    /// <summary>Even-odd ray casting.</summary>
    private static bool Inside((double Lon, double Lat) p)
    {
        var inside = false;
        for (var i = 0; i + 1 < Outline.Length; i++)
        {
            var (a, b) = (Outline[i], Outline[i + 1]);
            if ((a.Lat > p.Lat) != (b.Lat > p.Lat) && p.Lon < (b.Lon - a.Lon) * (p.Lat - a.Lat) / (b.Lat - a.Lat) + a.Lon)
                inside = !inside;
        }
        return inside;
    }
}
