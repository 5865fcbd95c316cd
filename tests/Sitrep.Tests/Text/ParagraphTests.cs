using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

public sealed class ParagraphTests
{
    [Fact]
    public void ALineBreakEndsATitleWithoutAPeriod() =>
        Assert.Equal(["Bataille sans merci", "Les combats font rage."], Sentences("Bataille sans merci\nLes combats font rage."));

    [Fact]
    public void ALineBreakEndsASentenceEvenBeforeALowercaseWord() =>
        Assert.Equal(["Les rebelles ont reculé", "puis fui."], Sentences("Les rebelles ont reculé\npuis fui."));

    [Theory]
    [InlineData("Un.\nDeux. Trois.\n\nQuatre.", new[] { 0, 1, 1, 2 })]
    [InlineData("Un.\r\nDeux.\r\n\r\nTrois.", new[] { 0, 1, 2 })]
    [InlineData("Un.\n \u00A0\n\tDeux.", new[] { 0, 1 })]
    [InlineData("\n\n  Un. Deux.\n\n", new[] { 0, 0 })]
    public void EveryLineIsAParagraphAndBlankLinesOnlySeparate(string text, int[] paragraphs) =>
        Assert.Equal(paragraphs, Analyze(text).Sentences.Select(s => s.Paragraph));

    [Fact]
    public void WhitespaceAroundASentenceIsNotPartOfIt()
    {
        const string text = "  \u00A0Les combats reprennent.\u202F \n\t";
        var sentence = Assert.Single(Analyze(text).Sentences);
        Assert.Equal("Les combats reprennent.", text.Substring(sentence.Start, sentence.Length));
    }

    [Fact]
    public void SentencesKnowTheirTokens()
    {
        var analyzed = Analyze("Alep est tombée. Les rebelles fuient vers Idleb.");
        Assert.Equal([(0, 4), (4, 6)], analyzed.Sentences.Select(s => (s.FirstToken, s.TokenCount)));
    }
}
