using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Dates;

public class DateGrammarTests
{
    private static readonly DateGrammar Grammar = DateGrammar.Load("fr");

    // Built on first use: the model takes seconds to build its regular expressions.
    private static readonly Lazy<RecognizersTemporalParser> Model = new(() => new RecognizersTemporalParser("fr"));

    private static readonly System.DateTime Reference = new(2016, 12, 6);

    public static TheoryData<string, string> Golden() => GoldenPairs.Read("Recognition", "Dates", "DateGrammar.golden.txt");

    /// <summary>Forms whose readings are checked against the model as well as the grammar.</summary>
    public static TheoryData<string, string> AgreeingWithTheModel() => GoldenPairs.Read("Recognition", "Dates", "DateGrammarModelAgreement.golden.txt");

    /// <summary>The lines of <see cref="AgreeingWithTheModel"/> the grammar reads itself.</summary>
    public static TheoryData<string, string> ReadByTheGrammar()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AgreeingWithTheModel())
            if ((string)row[1] != "model") data.Add((string)row[0], (string)row[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Golden))]
    [MemberData(nameof(AgreeingWithTheModel))]
    public void TheGrammarReadsAWindowAsTheGoldenFileSays(string window, string expected)
    {
        var text = NumDateTestText.Make(window, "2016-12-06");
        Assert.Equal(expected, Show(window, Grammar.TryRead(text, 0, text.Tokens.Count, Reference)));
    }

    [Theory]
    [MemberData(nameof(ReadByTheGrammar))]
    public void TheModelReadsTheseFormsAsTheGrammarDoes(string window, string expected) =>
        Assert.Equal(expected, Show(window, Model.Value.Parse(window, Reference)));

    private static string Show(string window, IReadOnlyList<TemporalExpression>? read) =>
        read is null ? "model"
        : read.Count == 0 ? "nothing"
        : string.Join(" | ", read.Select(e => $"[{window.Substring(e.Start, e.Length)}] {e.Timex}{(e.Mod is null ? "" : " " + e.Mod)}"));

    [Fact]
    public void AWindowLongerThanTheModelsPiecesIsLeftToTheModel()
    {
        var window = string.Join(' ', Enumerable.Repeat("mardi", 40));
        var text = NumDateTestText.Make(window, "2016-12-06");
        Assert.Null(Grammar.TryRead(text, 0, text.Tokens.Count, new System.DateTime(2016, 12, 6)));
    }

    /// <summary>A text's windows are read in one <see cref="DateWindow"/>, its rules restarted at each: a window after one
    /// the rules gave up on ("avant mardi"), or after a day read alone, reads as it does alone.</summary>
    [Theory]
    [InlineData("avant mardi , puis", "selon lui mardi soir")]
    [InlineData("avant mardi , puis", "selon eux , le 5 mars dernier")]
    [InlineData("mercredi 27 juillet", "dans la soirée du 12 avril")]
    public void AWindowReadsAsItDoesAloneAfterAnother(string before, string after)
    {
        var text = NumDateTestText.Make($"{before} . {after}", "2016-12-06");
        var gap = NumDateTestText.Make($"{before} .", "2016-12-06").Tokens.Count;
        var alone = NumDateTestText.Make(after, "2016-12-06");
        var expected = Show(after, Grammar.TryRead(alone, 0, alone.Tokens.Count, Reference));

        var window = Grammar.Window(text, Reference);
        Grammar.TryRead(window, 0, gap - 1);

        // Offsets are from the window's first token: "after" starts there.
        Assert.Equal(expected, Show(after, Grammar.TryRead(window, gap, text.Tokens.Count)));
    }
}
