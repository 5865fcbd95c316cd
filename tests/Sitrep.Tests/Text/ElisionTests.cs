using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

public sealed class ElisionTests
{
    [Theory]
    [InlineData("l’armée", "l’", "armée")]
    [InlineData("l'armée", "l'", "armée")]
    [InlineData("lʼarmée", "lʼ", "armée")]
    [InlineData("L’OSDH", "L’", "OSDH")]
    [InlineData("D'après", "D'", "après")]
    [InlineData("qu’il", "qu’", "il")]
    [InlineData("QU'IL", "QU'", "IL")]
    [InlineData("jusqu’à", "jusqu’", "à")]
    [InlineData("lorsqu'elle", "lorsqu'", "elle")]
    [InlineData("puisqu’on", "puisqu’", "on")]
    [InlineData("s’y", "s’", "y")]
    [InlineData("n’est", "n’", "est")]
    public void AnElisionIsATokenWithItsApostrophe(string text, string elision, string word) =>
        Assert.Equal([elision, word], Tokens(text));

    [Theory]
    [InlineData("Sa'eed")]
    [InlineData("Dar'a")]
    [InlineData("Ma’arrat")]
    [InlineData("aujourd’hui")]
    [InlineData("quelqu'un")]
    [InlineData("prud’hommes")]
    public void AnApostropheInsideAWordThatIsNoElisionStays(string word) =>
        Assert.Equal([word], Tokens(word));

    [Fact]
    public void SeveralElisionsInARowAreEachATokenOfTheirOwn() =>
        Assert.Equal(["jusqu’", "à", "ce", "qu’", "il", "s’", "en", "aille"], Tokens("jusqu’à ce qu’il s’en aille"));

    [Fact]
    public void AnElisionBeforeASpaceStillKeepsItsApostrophe() =>
        Assert.Equal(["province", "d’", "Alep"], Tokens("province d’ Alep"));

    [Fact]
    public void AnApostropheThatClosesAQuoteIsPunctuation() =>
        Assert.Equal(["les", "‘", "rebelles", "’", "fuient"], Tokens("les ‘rebelles’ fuient"));

    [Fact]
    public void OnlyListedElisionsAreSplit()
    {
        var withoutL = new Sitrep.Text.RuleSegmenter(Sitrep.Text.CharClasses.LoadShared(), [], ["d’"]);
        Assert.Equal(["l’armée", "d’", "Alep"], Surfaces(Analyze("l’armée d’Alep", withoutL)));
    }
}
