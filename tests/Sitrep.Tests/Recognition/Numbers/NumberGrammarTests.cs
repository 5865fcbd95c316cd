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
        var read = new List<ParsedNumber>();
        var actual = !Grammar.TryRead(run, read) ? "model"
            : string.Join(" | ", read.Select(n => $"[{run.Substring(n.Start, n.Length)}] {n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ARunLeftToTheModelLeavesTheListAsItWasAndARunReadIsAddedAfterIt()
    {
        var earlier = new ParsedNumber(0, 2, 12);
        var read = new List<ParsedNumber> { earlier };

        Assert.False(Grammar.TryRead("43 deux trois", read));
        Assert.Equal([earlier], read);
        Assert.True(Grammar.TryRead("2 500", read));
        Assert.Equal([earlier, new ParsedNumber(0, 5, 2500)], read);
    }

    [Theory]
    [InlineData("un", true)]
    [InlineData("une", true)]
    [InlineData("vingt", true)]
    [InlineData("mille", true)]
    [InlineData("et", false)]
    [InlineData("quatre-vingt", false)]
    [InlineData("2016", false)]
    [InlineData("civils", false)]
    public void AWordSaidToBeReadAsOneNumberIsReadSo(string word, bool alone)
    {
        Assert.Equal(alone, Grammar.ReadsAsOneNumber(word));
        if (!alone) return;
        var read = new List<ParsedNumber>();
        Assert.True(Grammar.TryRead(word, read));
        Assert.Equal(new ParsedNumber(0, word.Length, Assert.Single(read).Value), read[0]);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("2016")]
    [InlineData("999999999999999")]
    [InlineData("9007199254740993")]
    [InlineData("123456789012345678901")]
    public void AFigureOfDigitsIsWorthWhatDoubleParseReadsInIt(string figure)
    {
        var read = new List<ParsedNumber>();
        Assert.True(Grammar.TryRead(figure, read));
        Assert.Equal(double.Parse(figure, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(read).Value);
    }
}
