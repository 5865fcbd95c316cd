using Sitrep.Text;
using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

public sealed class NumberTests
{
    [Theory]
    [InlineData("100.000")]
    [InlineData("5.500")]
    [InlineData("2,5")]
    [InlineData("3.5")]
    [InlineData("24/24")]
    [InlineData("14:25")]
    [InlineData("1er")]
    [InlineData("2e")]
    [InlineData("1.234,56")]
    public void ANumberWithItsSeparatorsIsOneToken(string number)
    {
        Assert.Equal([number], Tokens($"les {number} derniers")[1..2]);
        Assert.Equal(TokenKind.Number, KindOf($"les {number} derniers", number));
    }

    [Fact]
    public void APercentSignIsASymbolAfterTheNumber()
    {
        Assert.Equal(["70", "%", "des", "quartiers"], Tokens("70% des quartiers"));
        Assert.Equal(TokenKind.Number, KindOf("70% des quartiers", "70"));
        Assert.Equal(TokenKind.Symbol, KindOf("70% des quartiers", "%"));
    }

    [Theory]
    [InlineData("2 500")]
    [InlineData("2\u00A0500")]
    [InlineData("2\u202F500")]
    [InlineData("30 000")]
    [InlineData("1 200 000")]
    [InlineData("2 500,5")]
    public void ThousandsGroupedByASpaceAreOneNumber(string number) =>
        Assert.Equal([number, "combattants"], Tokens($"{number} combattants"));

    [Theory]
    [InlineData("en 2012 15 passages", "2012", "15")]
    [InlineData("les 3 50 blessés", "3", "50")]
    [InlineData("les 3 5000 blessés", "3", "5000")]
    [InlineData("les 3.5 500 blessés", "3.5", "500")]
    public void NumbersThatCannotBeThousandGroupsStayApart(string text, string first, string second) =>
        Assert.Equal([first, second], Tokens(text)[1..3]);

    [Fact]
    public void TwoSpacesDoNotGroupThousands() =>
        Assert.Equal(["2", "500", "morts"], Tokens("2  500 morts"));

    [Fact]
    public void APeriodAfterANumberIsStillPunctuation() =>
        Assert.Equal(["depuis", "2012", "."], Tokens("depuis 2012."));

    [Fact]
    public void ARangeWithAHyphenIsTwoNumbers() =>
        Assert.Equal(["2015", "-", "2016"], Tokens("2015-2016"));
}
