using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public sealed class ActorsByTokensTests
{
    private static ActorInfo Actor(string name, int first, int end, string? label = null) =>
        new(name, "opp", label, new LocatedMention(new Mention(MentionKind.Actor, new TextSpan(first * 5, end * 5), name, $"fr/actors.tsv: {name}"), first, end));

    [Fact]
    public void EqualActorsAreEqualAndHashAlike()
    {
        var (a, b) = (Actor("Ahrar al-Sham", 3, 5), Actor("Ahrar al-Sham", 3, 5));
        Assert.NotSame(a, b);
        Assert.True(ActorsByTokens.Instance.Equals(a, b));
        Assert.Equal(ActorsByTokens.Instance.GetHashCode(a), ActorsByTokens.Instance.GetHashCode(b));
    }

    [Fact]
    public void ActorsOnTheSameTokensAreStillComparedByValue()
    {
        var set = new HashSet<ActorInfo>(ActorsByTokens.Instance) { Actor("rebelles", 3, 5, label: "rebelle") };
        Assert.Contains(Actor("rebelles", 3, 5, label: "rebelle"), set);
        Assert.DoesNotContain(Actor("rebelles", 3, 5), set);
        Assert.DoesNotContain(Actor("Jaish al-Islam", 3, 5), set);
        Assert.DoesNotContain(Actor("rebelles", 4, 5, label: "rebelle"), set);
    }
}
