using System.Text;

namespace Sitrep.Tests.Text;

/// <summary>
/// One test per example of <c>Segmentation.golden.txt</c>. A case is "=== name", the input lines, "---", then for
/// each sentence "[paragraph] sentence" and, indented, its tokens joined by " | ".
/// </summary>
public sealed class GoldenSegmentationTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Input, string Expected)>> GoldenCases =
        new(() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Text", "Segmentation.golden.txt"))));

    public static TheoryData<string> Cases => new(GoldenCases.Value.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void SegmentsAsTheGoldenFileSays(string name)
    {
        var (input, expected) = GoldenCases.Value[name];
        Assert.Equal(expected, Render(input));
    }

    private static string Render(string input)
    {
        var analyzed = FrenchSegmentation.Analyze(input);
        var surfaces = FrenchSegmentation.Surfaces(analyzed);
        var sb = new StringBuilder();
        foreach (var sentence in analyzed.Sentences)
        {
            sb.Append('[').Append(sentence.Paragraph).Append("] ").Append(analyzed.SpanOf(sentence).Of(input)).Append('\n');
            sb.Append("    ").AppendJoin(" | ", surfaces[sentence.FirstToken..sentence.EndToken]).Append('\n');
        }
        return sb.ToString();
    }

    private static Dictionary<string, (string, string)> Parse(string[] lines)
    {
        var cases = new Dictionary<string, (string, string)>();
        for (var i = 0; i < lines.Length;)
        {
            if (!lines[i].StartsWith("=== ", StringComparison.Ordinal)) { i++; continue; }
            var name = lines[i++][4..];
            var input = new List<string>();
            while (lines[i] != "---") input.Add(lines[i++]);
            i++;
            var expected = new StringBuilder();
            for (; i < lines.Length && !lines[i].StartsWith("=== ", StringComparison.Ordinal); i++)
                if (lines[i].Length > 0 && !lines[i].StartsWith('#'))
                    expected.Append(lines[i]).Append('\n');
            cases.Add(name, (string.Join('\n', input), expected.ToString()));
        }
        return cases;
    }
}
