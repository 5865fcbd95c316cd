using Sitrep.Coding;

namespace Sitrep.Tests.Coding;

public class WhyLineTests
{
    [Fact]
    public void TheSameRuleGivesTheSameLine()
    {
        var line = new WhyLine("date: ");
        var rule = string.Concat("stated: ", "fr/dates.tsv: hier");
        var first = line.Of(rule);
        Assert.Equal("date: stated: fr/dates.tsv: hier", first);
        Assert.Same(first, line.Of(rule));
    }

    [Fact]
    public void AnotherRuleGivesItsOwnLine()
    {
        var line = new WhyLine("attribution: ");
        line.Of("outlet");
        Assert.Equal("attribution: no named source", line.Of("no named source"));
        Assert.Equal("attribution: outlet", line.Of("outlet"));
    }

    [Fact]
    public void NoRuleGivesTheStepAlone()
    {
        var line = new WhyLine("place: ");
        Assert.Equal("place: ", line.Of(null));
        Assert.Equal("place: ", line.Of(null));
    }
}
