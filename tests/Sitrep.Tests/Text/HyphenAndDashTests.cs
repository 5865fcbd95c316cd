using Sitrep.Text;
using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

public sealed class HyphenAndDashTests
{
    [Theory]
    [InlineData("al-Chaar")]
    [InlineData("Alep-Est")]
    [InlineData("Kadi-Aaskar")]
    [InlineData("nord-est")]
    [InlineData("Abdel-Rahmane")]
    [InlineData("russo-chinois")]
    [InlineData("Su-24")]
    public void AHyphenatedNameIsOneWord(string name)
    {
        Assert.Equal([name], Tokens(name));
        Assert.Equal(TokenKind.Word, KindOf(name, name));
    }

    [Fact]
    public void AnArticleWrittenApartStaysApartFromTheName() =>
        Assert.Equal(["Jaïsh", "al-Fateh"], Tokens("Jaïsh al-Fateh"));

    // Inverted verbs are kept whole so that no token is a bare "-t-"; later stages match them as one word.
    [Theory]
    [InlineData("a-t-il")]
    [InlineData("peut-être")]
    [InlineData("rendez-vous")]
    public void InvertedVerbsAndCompoundsAreOneWord(string word) => Assert.Equal([word], Tokens(word));

    [Theory]
    [InlineData("Alep - Damas", "-")]
    [InlineData("Alep — Damas", "—")]
    [InlineData("Alep – Damas", "–")]
    [InlineData("Alep—Damas", "—")]
    [InlineData("Alep–Damas", "–")]
    public void ADashIsPunctuationBetweenTwoWords(string text, string dash)
    {
        var analyzed = Analyze(text);
        Assert.Equal(["Alep", dash, "Damas"], Surfaces(analyzed));
        Assert.Equal(TokenKind.Punctuation, analyzed.Tokens[1].Kind);
    }

    [Fact]
    public void AHyphenNotFollowedByALetterLeavesTheWord() =>
        Assert.Equal(["pro", "-", "et", "anti", "-", "régime"], Tokens("pro- et anti -régime"));
}
