using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public class ActorInfoTests
{
    private static LocatedMention Actor(string? detail) =>
        new(new Mention(MentionKind.Actor, new TextSpan(0, 5), "Some group", "test", detail), 0, 1);

    [Theory]
    [InlineData("civ", true)]
    [InlineData("civ|civil", true)]
    [InlineData("opp|rebelle", true)]
    [InlineData("opp|rebelle|Free Syrian Army", true)]
    [InlineData("opp", false)]
    [InlineData("opp||Free Syrian Army", false)]
    [InlineData("gov|soldat", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CivilianOrLabelledOppositionIsReadAsTheFullInfoWouldTell(string? detail, bool expected)
    {
        var info = ActorInfo.From(Actor(detail));
        Assert.Equal(expected, info.IsCivilian || info.Label is not null && info.Side == "opp");
        Assert.Equal(expected, ActorInfo.IsCivilianOrLabelledOpposition(Actor(detail)));
    }

    [Fact]
    public void MissingOrEmptyFieldsAreNull()
    {
        var info = ActorInfo.From(Actor("gov||"));
        Assert.Equal(("gov", null, null), (info.Side, info.Label, info.LabelActor));
        Assert.Equal(("opp", "milicien", "Hezbollah"), (ActorInfo.From(Actor("opp|milicien|Hezbollah")) is var a ? (a.Side, a.Label, a.LabelActor) : default));
    }

    [Fact]
    public void EachFieldEndsAtItsBar()
    {
        var info = ActorInfo.From(Actor("kurd|combattant|YPG|more"));
        Assert.Equal(("kurd", "combattant", "YPG"), (info.Side, info.Label, info.LabelActor));
    }

    [Fact]
    public void MentionsOfOneRowShareItsFieldsAndKeepTheirOwnMention()
    {
        // Two details of equal text, as two mentions of one dictionary row are read.
        var (first, second) = (ActorInfo.From(Actor(new string("opp|milicien|Hezbollah".AsSpan()))), ActorInfo.From(Actor("opp|milicien|Hezbollah") with { FirstToken = 4, EndToken = 5 }));
        Assert.Same(first.Label, second.Label);
        Assert.Same(first.LabelActor, second.LabelActor);
        Assert.Equal((0, 4), (first.Mention.FirstToken, second.Mention.FirstToken));
    }
}
