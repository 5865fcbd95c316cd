using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public class LastResultTests
{
    private static Mention Date(string value, int first) =>
        new(MentionKind.Date, new TextSpan(first * 5, first * 5 + 4), value, $"grammar: {value}", "1");

    private static LastResult<string?, string> Line(string step) => new(rule => step + rule);

    [Fact]
    public void TheSameMentionAskedAgainGivesTheSameRecord()
    {
        var parsed = new LastResult<Mention, EventDate>(DateAssigner.Parse);
        var date = Date("2016-12-07", 3);
        var first = parsed.Of(date);
        Assert.Same(first, parsed.Of(date));
        Assert.Equal(DateAssigner.Parse(date), first);
    }

    [Fact]
    public void AnotherMentionIsParsedForItself()
    {
        var parsed = new LastResult<Mention, EventDate>(DateAssigner.Parse);
        parsed.Of(Date("2016-12-07", 3));
        var other = parsed.Of(Date("2016-12", 8));
        Assert.Null(other.Date);
        Assert.Equal("month or vaguer: grammar: 2016-12", other.Rule);
        Assert.Equal(new DateOnly(2016, 12, 7), parsed.Of(Date("2016-12-07", 3)).Date);
    }

    [Fact]
    public void TheSameRuleGivesTheSameLine()
    {
        var line = Line("date: ");
        var rule = string.Concat("stated: ", "fr/dates.tsv: hier");
        var first = line.Of(rule);
        Assert.Equal("date: stated: fr/dates.tsv: hier", first);
        Assert.Same(first, line.Of(rule));
    }

    [Fact]
    public void AnotherRuleGivesItsOwnLine()
    {
        var line = Line("attribution: ");
        line.Of("outlet");
        Assert.Equal("attribution: no named source", line.Of("no named source"));
        Assert.Equal("attribution: outlet", line.Of("outlet"));
    }

    [Fact]
    public void NoRuleGivesTheStepAlone()
    {
        var line = Line("place: ");
        Assert.Equal("place: ", line.Of(null));
        Assert.Equal("place: ", line.Of(null));
    }
}
