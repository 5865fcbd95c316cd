namespace Sitrep.Tests.Coding;

/// <summary>One case of coding.golden.txt: a text, its metadata and the event lines expected.</summary>
public sealed record CodingGoldenCase(string Name, string Published, string? Outlet, string Text, IReadOnlyList<string> Expected)
{
    public override string ToString() => Name;

    public static IReadOnlyList<CodingGoldenCase> Load(string path)
    {
        var cases = new List<CodingGoldenCase>();
        string? name = null, published = null, outlet = null;
        var text = new List<string>();
        var expected = new List<string>();
        var inText = false;
        void Flush()
        {
            if (name is not null) cases.Add(new CodingGoldenCase(name, published ?? "2016-12-06", outlet, string.Join('\n', text), expected.ToList()));
            (published, outlet, inText) = (null, null, false);
            text.Clear();
            expected.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (line.StartsWith("=== ")) { Flush(); name = line[4..]; }
            else if (line.StartsWith("published: ")) published = line["published: ".Length..];
            else if (line.StartsWith("outlet: ")) outlet = line["outlet: ".Length..];
            else if (line.StartsWith("text: ")) { text.Add(line["text: ".Length..]); inText = true; }
            else if (line.Contains(" | ")) { expected.Add(line); inText = false; }
            else if (inText) text.Add(line);
            else throw new InvalidDataException($"{path}: cannot read line \"{line}\"");
        }
        Flush();
        return cases;
    }
}
