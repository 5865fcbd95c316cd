using Sitrep.Coding;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

public sealed class NounListTests
{
    private static readonly NounList Nouns = new(["civil", "élève", "quartier", "lieu", "ami"]);

    [Theory]
    [InlineData("civil")]
    [InlineData("civils")]
    [InlineData("Civils")]
    [InlineData("élèves")]
    [InlineData("ELEVE")]
    [InlineData("quartiers")]
    [InlineData("lieux")]
    [InlineData("ami")]
    public void NounsAreFoundFoldedAndSingular(string word) => Assert.True(Nouns.Contains(word));

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("civ")]
    [InlineData("civilss")]
    [InlineData("amis-")]
    [InlineData("quartierquartierquartierquartiers")]
    public void OtherWordsAreNot(string word) => Assert.False(Nouns.Contains(word));

    [Fact]
    public void AWordLongerThanAThreadRemembersIsFoundAsAnyOther() =>
        Assert.True(new NounList(["quartierquartierquartierquartier"]).Contains("Quartierquartierquartierquartiers"));

    [Fact]
    public void ListsAskedAboutTheSameWordsKeepTheirOwnAnswers() => FreshThread.Run(() =>
    {
        // The answers are remembered in the words' memos: each list's under its own slot, asked again and again in turns.
        var (people, fighters) = (new NounList(["civil", "personne"]), new NounList(["soldat", "combattant"]));
        for (var pass = 0; pass < 3; pass++)
        {
            Assert.True(people.Contains("civils"));
            Assert.False(fighters.Contains("civils"));
            Assert.True(fighters.Contains("soldats"));
            Assert.False(people.Contains("soldats"));
            Assert.True(people.Contains("personnes"));
            Assert.False(fighters.Contains("personnes"));
        }
        return 0;
    });
}
