using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public sealed class StartingWithinTests
{
    private static LocatedMention At(int first, int end) =>
        new(new Mention(MentionKind.Cue, new TextSpan(first, end - first), "cue", "test"), first, end);

    private static readonly MentionList Mentions = new([At(2, 3), At(5, 7), At(6, 8)]);

    [Theory]
    [InlineData(0, 1, -1)]
    [InlineData(0, 2, 0)]
    [InlineData(3, 2, 1)]
    [InlineData(6, 0, 2)]
    [InlineData(9, 5, -1)]
    public void TheFirstMentionStartingWithinTheReachIsFound(int from, int reach, int expected) =>
        Assert.Equal(expected < 0 ? (LocatedMention?)null : Mentions[expected], StartingWithin.First(Mentions, from, reach));

    [Fact]
    public void AMentionStartingBeforeTheTokenIsNeverFound() => Assert.Null(StartingWithin.First(Mentions, 3, 0));

    [Fact]
    public void AtFindsOnlyAMentionStartingAtTheToken()
    {
        Assert.Equal(Mentions[1], StartingWithin.At(Mentions, 5));
        Assert.Null(StartingWithin.At(Mentions, 4));
    }

    [Fact]
    public void ActorsAreSearchedByTheirMentionsFirstToken()
    {
        ActorInfo[] actors = [new("A", "gov", null, At(4, 5)), new("B", "opp", null, At(9, 10))];
        Assert.Same(actors[1], StartingWithin.First(actors, 6, 3));
        Assert.Null(StartingWithin.First(actors, 6, 2));
    }
}
