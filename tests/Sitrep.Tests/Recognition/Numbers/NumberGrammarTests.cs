using Sitrep.Recognition.Numbers;

namespace Sitrep.Tests.Recognition.Numbers;

public class NumberGrammarTests
{
    private static readonly NumberGrammar Grammar = new(NumberWords.Load("fr"));

    public static TheoryData<string, string> Golden()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine("Recognition", "Numbers", "NumberGrammar.golden.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split(" => ");
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Golden))]
    public void TheGrammarReadsARunAsTheGoldenFileSays(string run, string expected)
    {
        var read = Grammar.TryRead(run);
        var actual = read is null ? "model"
            : string.Join(" | ", read.Select(n => $"[{run.Substring(n.Start, n.Length)}] {n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.Equal(expected, actual);
    }
}
