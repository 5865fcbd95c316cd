namespace Sitrep.Tests.Support;

/// <summary>A golden file of one case per line, "input => expected" ('#' lines and blank lines skipped), as theory data.</summary>
public static class GoldenPairs
{
    public static TheoryData<string, string> Read(params string[] path)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(path)))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split(" => ");
            data.Add(parts[0], parts[1]);
        }
        return data;
    }
}
