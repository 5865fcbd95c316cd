using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Dates;

public class DateGrammarTests
{
    private static readonly DateGrammar Grammar = DateGrammar.Load("fr");

    public static TheoryData<string, string> Golden() => GoldenPairs.Read("Recognition", "Dates", "DateGrammar.golden.txt");

    [Theory]
    [MemberData(nameof(Golden))]
    public void TheGrammarReadsAWindowAsTheGoldenFileSays(string window, string expected)
    {
        var text = NumDateTestText.Make(window, "2016-12-06");
        var read = Grammar.TryRead(text, 0, text.Tokens.Count, new System.DateTime(2016, 12, 6));
        var actual = read is null ? "model"
            : read.Count == 0 ? "nothing"
            : string.Join(" | ", read.Select(e => $"[{window.Substring(e.Start, e.Length)}] {e.Timex}{(e.Mod is null ? "" : " " + e.Mod)}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void AWindowLongerThanTheModelsPiecesIsLeftToTheModel()
    {
        var window = string.Join(' ', Enumerable.Repeat("mardi", 40));
        var text = NumDateTestText.Make(window, "2016-12-06");
        Assert.Null(Grammar.TryRead(text, 0, text.Tokens.Count, new System.DateTime(2016, 12, 6)));
    }
}
