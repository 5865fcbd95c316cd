using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public class LastParsedDateTests
{
    private static LocatedMention Date(string value, int first) =>
        new(new Mention(MentionKind.Date, new TextSpan(first * 5, first * 5 + 4), value, $"grammar: {value}", "1"), first, first + 1);

    [Fact]
    public void TheSameMentionAskedAgainGivesTheSameRecord()
    {
        var parsed = new LastParsedDate();
        var date = Date("2016-12-07", 3);
        var first = parsed.Of(date);
        Assert.Same(first, parsed.Of(date));
        Assert.Equal(DateAssigner.Parse(date), first);
    }

    [Fact]
    public void AnotherMentionIsParsedForItself()
    {
        var parsed = new LastParsedDate();
        parsed.Of(Date("2016-12-07", 3));
        var other = parsed.Of(Date("2016-12", 8));
        Assert.Null(other.Date);
        Assert.Equal("month or vaguer: grammar: 2016-12", other.Rule);
        Assert.Equal(new DateOnly(2016, 12, 7), parsed.Of(Date("2016-12-07", 3)).Date);
    }
}
