using Sitrep.Recognition.Numbers;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Numbers;

public class NumberGrammarTests
{
    private static readonly NumberGrammar Grammar = new(NumberWords.Load("fr"));

    public static TheoryData<string, string> Golden() => GoldenPairs.Read("Recognition", "Numbers", "NumberGrammar.golden.txt");

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
