using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

public sealed class QuoteTests
{
    [Theory]
    [InlineData("« La ville est tombée. »")]
    [InlineData("« La ville est tombée.»")]
    [InlineData("« La ville est-elle tombée ? »")]
    [InlineData("« La ville est-elle tombée ?»")]
    [InlineData("« La ville est tombée ! »")]
    [InlineData("“La ville est tombée.”")]
    [InlineData("\"La ville est tombée.\"")]
    [InlineData("(La ville est tombée.)")]
    public void ASentenceEndingInsideAQuoteKeepsTheClosingQuote(string quoted) =>
        Assert.Equal([quoted, "Les civils fuient."], Sentences(quoted + " Les civils fuient."));

    [Theory]
    [InlineData("« Pourquoi attendre ? » a demandé le ministre.")]
    [InlineData("« Pourquoi attendre ? », a demandé le ministre.")]
    [InlineData("« C’est fini ! » ont crié les soldats.")]
    [InlineData("« C’est fini. », a dit le général.")]
    public void AQuoteFollowedByItsSpeakerIsOneSentence(string sentence) =>
        Assert.Equal([sentence], Sentences(sentence));

    [Fact]
    public void AQuoteSpanningSentencesIsCutAtItsInnerPeriod() =>
        Assert.Equal(
            ["« Celui qui refuse sera éliminé.", "Il n’y a pas d’autre option », a dit le ministre."],
            Sentences("« Celui qui refuse sera éliminé. Il n’y a pas d’autre option », a dit le ministre."));

    [Fact]
    public void AStraightQuoteOpeningTheNextSentenceIsNotTakenAsAClosingOne() =>
        Assert.Equal(["Il a parlé.", "\"Nous tenons la ville\", a-t-il dit."],
            Sentences("Il a parlé. \"Nous tenons la ville\", a-t-il dit."));

    [Fact]
    public void AStraightQuoteGluedToAPeriodAndToACapitalOpensTheNextSentence() =>
        Assert.Equal(["Ils ont signé à Rastane.", "\"Les armes seront remises\", a dit un chef."],
            Sentences("Ils ont signé à Rastane.\"Les armes seront remises\", a dit un chef."));

    [Fact]
    public void AGuillemetStartsASentenceAfterAPeriod() =>
        Assert.Equal(["Il a parlé.", "« Nous tenons la ville. »"], Sentences("Il a parlé. « Nous tenons la ville. »"));
}
