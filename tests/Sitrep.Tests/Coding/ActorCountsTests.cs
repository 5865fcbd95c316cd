using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public sealed class ActorCountsTests
{
    private static ActorInfo Actor(string name, string side, string? label = null) =>
        new(name, side, label, new LocatedMention(new Mention(MentionKind.Actor, default, name, "test"), 0, 1));

    private static readonly ActorInfo[] Named =
    [
        Actor("Bravo", "opp"), Actor("Alpha", "gov"), Actor("Bravo", "opp"), Actor("Bravo", "gov"), Actor("Alpha", "opp"),
        Actor("Alpha", "opp"), Actor("Charlie", "opp"), Actor("Charlie", "opp"), Actor("Charlie", "opp"),
    ];

    [Fact]
    public void ActorsAreCountedByNameAndSide()
    {
        var counts = new ActorCounts(Named, stackalloc int[2 * Named.Length]);
        for (var i = 0; i < Named.Length; i++) counts.Add(i);

        Assert.Equal(2, counts.Of("Bravo", "opp"));
        Assert.Equal(1, counts.Of("Bravo", "gov"));
        Assert.Equal(3, counts.Of("Charlie", "opp"));
        Assert.Equal(0, counts.Of("Charlie", "gov"));
        Assert.Equal(0, counts.Of("Delta", "opp"));
        Assert.Equal(3, counts.Most());
        Assert.Equal("Charlie", counts.MostCounted("opp"));
        Assert.Null(counts.MostCounted("civ"));
    }

    [Fact]
    public void OnlyTheActorsAddedAreCountedAndTheFirstInOrdinalOrderLeadsAmongEquals()
    {
        // The first six: Bravo and Alpha twice each on the opposition's side, once each on the government's.
        var counts = new ActorCounts(Named, new int[2 * Named.Length]);
        Assert.True(counts.IsEmpty);
        for (var i = 0; i < 6; i++) counts.Add(i);

        Assert.False(counts.IsEmpty);
        Assert.Equal(0, counts.Of("Charlie", "opp"));
        Assert.Equal(2, counts.Most());
        Assert.Equal("Alpha", counts.MostCounted("opp"));
        Assert.Equal("Alpha", counts.MostCounted("gov"));
    }

    private static readonly GenericReferents Jihadists = new(new Dictionary<string, string> { ["djihadiste"] = "Islamic State" });

    [Fact]
    public void AGenericWordStandsForTheMostNamedOppositionGroup()
    {
        List<ActorInfo> actors = [Actor("Islamic State", "opp"), Actor("Syrian opposition armed groups", "opp", "djihadiste"), Actor("Islamic State", "opp")];
        Assert.Equal(["Islamic State", "Islamic State", "Islamic State"], Jihadists.Resolve(actors).Select(a => a.Name));
    }

    [Fact]
    public void AGenericWordStaysWhenAnotherGroupIsNamedMore()
    {
        List<ActorInfo> actors =
            [Actor("Jabhat Fateh al-Sham", "opp"), Actor("Jabhat Fateh al-Sham", "opp"), Actor("Islamic State", "opp"), Actor("Syrian opposition armed groups", "opp", "djihadiste")];
        Assert.Same(actors, Jihadists.Resolve(actors));
    }
}
