using Sitrep.Text;
using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

public sealed class AbbreviationTests
{
    [Theory]
    [InlineData("M.", "M. Abdel Rahmane a parlé.")]
    [InlineData("Gén.", "Le Gén. Roudskoï a parlé.")]
    [InlineData("gén.", "Le gén. Roudskoï a parlé.")]
    [InlineData("Dr.", "Le Dr. Hassan a parlé.")]
    [InlineData("St.", "Le St. Siège a parlé.")]
    [InlineData("déc.", "Le 12 déc. 2016 il a parlé.")]
    [InlineData("janv.", "Le 3 janv. Moscou a parlé.")]
    [InlineData("cf.", "Voir le texte (cf. Annexe) publié.")]
    [InlineData("av.", "En 64 av. J.-C. la ville a brûlé.")]
    [InlineData("p.", "Lire p. 12 du rapport.")]
    [InlineData("A.", "Le reporter A. Smith a parlé.")]
    public void AbbreviationsDoNotEndASentence(string abbreviation, string sentence)
    {
        Assert.Equal([sentence], Sentences(sentence));
        Assert.Contains(abbreviation, Tokens(sentence));
    }

    [Fact]
    public void EtcEndsASentenceOnlyBeforeACapital()
    {
        Assert.Equal(["Des obus, etc. ont frappé."], Sentences("Des obus, etc. ont frappé."));
        Assert.Equal(["Des obus, etc.", "Les civils fuient."], Sentences("Des obus, etc. Les civils fuient."));
    }

    [Fact]
    public void AnAbbreviationThatIsAlsoAWordEndsASentenceBeforeACapital() =>
        Assert.Equal(["Ils étaient sept.", "Les autres ont fui."], Sentences("Ils étaient sept. Les autres ont fui."));

    [Fact]
    public void AnAbbreviatedMonthBeforeAYearDoesNotEndTheSentence() =>
        Assert.Equal(["Le 12 sept. 2016 tout a changé."], Sentences("Le 12 sept. 2016 tout a changé."));

    [Fact]
    public void NumberSignIsPartOfItsAbbreviation() =>
        Assert.Equal(["la", "résolution", "n°", "2254"], Tokens("la résolution n°2254"));

    [Fact]
    public void AnAbbreviationMustMatchAWholeWord() =>
        Assert.Equal(["Les", "MMA", "."], Tokens("Les MMA."));

    [Fact]
    public void ALowercaseSingleLetterDoesNotTakeThePeriod() =>
        Assert.Equal(["Le", "plan", "b", "."], Tokens("Le plan b."));

    [Fact]
    public void ADottedAcronymIsOneWordAndMayEndASentence()
    {
        Assert.Equal(["L’", "O.N.U.", "a", "voté", "."], Tokens("L’O.N.U. a voté."));
        Assert.Equal(["Il a saisi l’O.N.U.", "Rien n’a suivi."], Sentences("Il a saisi l’O.N.U. Rien n’a suivi."));
    }

    [Fact]
    public void AnUnlistedAbbreviationEndsTheSentence()
    {
        var withoutGeneral = new RuleSegmenter(CharClasses.LoadShared(), [new Abbreviation("Dr.", false)], []);
        Assert.Equal(["Selon le Gén.", "Roudskoï, tout va bien."], Sentences("Selon le Gén. Roudskoï, tout va bien.", withoutGeneral));
        Assert.Equal(["Selon le Dr. Hassan, tout va bien."], Sentences("Selon le Dr. Hassan, tout va bien.", withoutGeneral));
    }

    [Fact]
    public void FormsWithTheirFirstMarkAtAnyPlaceAreEachFound()
    {
        // A word is looked up only where some form has its first mark at the same place: "n°" at 1, "c.-à-d." at 1,
        // "janv." at 4, and a form of seventy letters past what the offsets keep apart.
        var longForm = new string('a', 70) + ".";
        var segmenter = new RuleSegmenter(CharClasses.LoadShared(),
            [new Abbreviation("c.-à-d.", false), new Abbreviation("janv.", false), new Abbreviation("n°", false), new Abbreviation(longForm, false)], []);
        var text = $"c.-à-d. le 3 janv. au n°5 puis {longForm} Alep. Fin";

        Assert.Equal(["c.-à-d.", "le", "3", "janv.", "au", "n°", "5", "puis", longForm, "Alep", ".", "Fin"], Surfaces(Analyze(text, segmenter)));
    }

    [Fact]
    public void AFormWithoutAnyMarkIsStillTakenWhole()
    {
        // "Mme" listed without its period: the hyphen after it does not join it to the next word.
        var segmenter = new RuleSegmenter(CharClasses.LoadShared(), [new Abbreviation("Mme", false), new Abbreviation("Dr.", false)], []);
        Assert.Equal(["Mme", "-", "Dupont", "et", "Dr.", "Hassan"], Surfaces(Analyze("Mme-Dupont et Dr. Hassan", segmenter)));
    }
}
