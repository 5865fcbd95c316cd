using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

public sealed class SentenceEndTests
{
    [Theory]
    [InlineData("Alep est tombée. Les rebelles fuient.")]
    [InlineData("Alep est tombée ! Les rebelles fuient.")]
    [InlineData("Alep est tombée ? Les rebelles fuient.")]
    [InlineData("Alep est tombée?! Les rebelles fuient.")]
    [InlineData("Alep est tombée... Les rebelles fuient.")]
    [InlineData("Alep est tombée… Les rebelles fuient.")]
    public void AFinalMarkBeforeACapitalEndsASentence(string text) => Assert.Equal(2, Sentences(text).Length);

    [Theory]
    [InlineData("Alep est tombée. 15 passages sont ouverts.")]
    [InlineData("Alep est tombée. « Enfin », dit-il.")]
    [InlineData("Alep est tombée. (Les rebelles ont fui.)")]
    [InlineData("Alep est tombée. حلب سقطت.")]
    public void ADigitAQuoteOrAnUncasedScriptMayStartTheNextSentence(string text) => Assert.Equal(2, Sentences(text).Length);

    [Theory]
    [InlineData("Alep est tombée, selon l'OSDH (ONG).Les rebelles fuient.", "Les rebelles fuient.")]
    [InlineData("Alep est tombée, a dit l'ONG.Les rebelles fuient.", "Les rebelles fuient.")]
    [InlineData("Alep est tombée, selon Sana.L'armée avance.", "L'armée avance.")]
    public void AFinalMarkGluedToACapitalisedWordStillEndsASentence(string text, string second) =>
        Assert.Equal(second, Sentences(text)[1]);

    [Theory]
    [InlineData("Qui a tiré ? personne ne le sait.")]
    [InlineData("Les rebelles… enfin ceux qui restent.")]
    [InlineData("Les rebelles (…) ont fui.")]
    [InlineData("Les rebelles (...) Les autres ont fui.")]
    [InlineData("Les rebelles [...] Les autres ont fui.")]
    [InlineData("Ils seraient 300 (?) Selon l’OSDH.")]
    [InlineData("Le bilan passe à 3.5 millions.")]
    [InlineData("Voir le site alep.example.")]
    public void NoSentenceEndsInside(string text) => Assert.Single(Sentences(text));

    [Fact]
    public void TheLastSentenceNeedsNoFinalMark() =>
        Assert.Equal(["Alep est tombée.", "Les rebelles fuient"], Sentences("Alep est tombée. Les rebelles fuient"));
}
