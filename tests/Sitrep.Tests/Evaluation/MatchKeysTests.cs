using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public class MatchKeysTests
{
    [Theory]
    [InlineData("al-Chaar")]
    [InlineData("Chaar")]
    [InlineData("Al Chaar")]
    [InlineData("ash-Chaar")]
    [InlineData("el Chaar")]
    [InlineData("AL-CHAAR")]
    public void TheArticleCaseAndHyphensDoNotChangeALocation(string written) =>
        Assert.Equal("chaar", MatchKeys.Location(written));

    [Theory]
    [InlineData("Alep-Est", "Alep Est")]
    [InlineData("Cheikh Saïd", "cheikh Said")]
    [InlineData("Maʿarrat", "Ma’arrat")]
    [InlineData("Maʾarrat", "Ma'arrat")]
    [InlineData("Karm al-Beik", "Karm Beik")]
    [InlineData("Deir ez-Zor", "Deir Ez Zor")]
    public void WritingsOfOnePlaceFoldAlike(string a, string b) =>
        Assert.Equal(MatchKeys.Location(a), MatchKeys.Location(b));

    [Theory]
    [InlineData("Alep", "Alep-Est")]
    [InlineData("Kfarya", "Fouaa")]
    public void DifferentPlacesStayDifferent(string a, string b) =>
        Assert.NotEqual(MatchKeys.Location(a), MatchKeys.Location(b));

    [Fact]
    public void AWordThatLooksLikeAnArticleIsKeptWhenNothingFollowsIt() =>
        Assert.Equal("an", MatchKeys.Location("An"));

    [Fact]
    public void NamesCompareIgnoringCaseAndSurroundingSpaces()
    {
        Assert.True(MatchKeys.SameName(" SOHR", "sohr"));
        Assert.True(MatchKeys.SameName(null, null));
        Assert.False(MatchKeys.SameName("SOHR", null));
    }

    [Fact]
    public void LabelWordsUnifyApostrophesAndCase() =>
        Assert.Equal(MatchKeys.Word("Branche d’al-Qaïda "), MatchKeys.Word("branche d'al-qaïda"));
}
