using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public sealed class LocatedMentionTests
{
    private static readonly Mention Actor = new(MentionKind.Actor, new TextSpan(10, 6), "Military Forces of Syria", "fr/actors.tsv:3 \"armée\"", "gov||");

    [Fact]
    public void MentionsAreEqualByTheirMentionAndTokens()
    {
        // Rules compare mentions, and actors by their mention, by value, as when a located mention was a record class.
        Assert.Equal(new LocatedMention(Actor, 2, 3), new LocatedMention(Actor with { }, 2, 3));
        Assert.NotEqual(new LocatedMention(Actor, 2, 3), new LocatedMention(Actor, 2, 4));
        Assert.NotEqual(new LocatedMention(Actor, 2, 3), new LocatedMention(Actor with { Value = "Syrian opposition armed groups" }, 2, 3));
        Assert.Equal(ActorInfo.From(new LocatedMention(Actor, 2, 3)), ActorInfo.From(new LocatedMention(Actor with { }, 2, 3)));
    }
}
