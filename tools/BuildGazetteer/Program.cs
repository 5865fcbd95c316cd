using System.Security.Cryptography;

// Builds resources/places/syria.tsv from the upstream gazetteer: the rows are copied unchanged after
// checking them, and provenance comment lines are written on top so that every copy says where it came from.
// Usage: BuildGazetteer <upstream syria.tsv> <output syria.tsv>

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: BuildGazetteer <upstream syria.tsv> <output syria.tsv>");
    return 2;
}

var (source, output) = (args[0], args[1]);
var lines = File.ReadAllLines(source);
var errors = GazetteerCheck.Errors(lines).ToList();
foreach (var error in errors) Console.Error.WriteLine($"{source}: {error}");
if (errors.Count > 0) return 1;

var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)));
var header = new[]
{
    "# Syrian places gazetteer for Sitrep: province, district, sub-district, city, town, village, neighbourhood, camp, site.",
    "# Format: tab-separated; columns id, name, level, parent, country, lat, lon, aliases (|-separated), source (+-joined tags).",
    $"# Built by tools/BuildGazetteer from the upstream syria.tsv (sha256 {sha256}, {lines.Length - 1} rows), rows copied unchanged.",
    "# Sources and licences: GeoNames (CC BY 4.0), UN OCHA COD-AB via HDX (CC BY-IGO), OpenSyria (CC BY 4.0),",
    "# Columbia Center for Spatial Research (MIT), UNITAR-UNOSAT labels (licence unclear). See README.md beside this file.",
};
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllLines(output, header.Concat(lines));
Console.Error.WriteLine($"wrote {output}: {lines.Length - 1} rows");
return 0;

/// <summary>The checks a gazetteer must pass before it is shipped: shape, unique ids, known parents.</summary>
internal static class GazetteerCheck
{
    private static readonly string[] Columns = ["id", "name", "level", "parent", "country", "lat", "lon", "aliases", "source"];

    public static IEnumerable<string> Errors(string[] lines)
    {
        if (lines.Length == 0 || lines[0] != string.Join('\t', Columns))
        {
            yield return "header is not " + string.Join(",", Columns);
            yield break;
        }
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToList();
        var ids = new HashSet<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != Columns.Length) yield return $"line {i + 2}: {rows[i].Length} fields";
            else if (!ids.Add(rows[i][0])) yield return $"line {i + 2}: duplicate id {rows[i][0]}";
        }
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].Length == Columns.Length && rows[i][3].Length > 0 && !ids.Contains(rows[i][3]))
                yield return $"line {i + 2}: unknown parent {rows[i][3]}";
    }
}
