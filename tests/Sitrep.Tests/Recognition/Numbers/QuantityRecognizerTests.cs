using Sitrep.Recognition.Numbers;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Numbers;

public class QuantityRecognizerTests
{
    private const string Tuesday = "2016-12-06";

    private static readonly QuantityRecognizer Recognizer = QuantityRecognizer.Load("fr");

    /// <summary>Each quantity found, as "phrase => value unit".</summary>
    private static List<string> Quantities(string sentence, bool digitGroupsAsOneToken = false, string? published = Tuesday)
    {
        var text = NumDateTestText.Make(sentence, published, digitGroupsAsOneToken);
        return Recognizer.Recognize(text).Select(m => $"{m.Span.Of(sentence)} => {m.Value} {m.Detail}").ToList();
    }

    [Theory]
    [InlineData("Quelque 5.500 réfugiés vivaient dans le camp.", "5.500 => 5500 réfugiés")]
    [InlineData("Plus de 100.000 habitants ont fui.", "100.000 => 100000 habitants")]
    [InlineData("Au moins 100 000 habitants ont fui.", "100 000 => 100000 habitants")]
    [InlineData("Les frappes ont tué 43 civils.", "43 => 43 civils")]
    [InlineData("Les rebelles ont quitté six quartiers.", "six => 6 quartiers")]
    [InlineData("Près de 100 mille personnes ont fui.", "100 mille => 100000 personnes")]
    [InlineData("Quelque 1,5 million de personnes sont déplacées.", "1,5 million => 1500000 personnes")]
    [InlineData("On compte vingt et un soldats parmi les morts.", "vingt et un => 21 soldats")]
    [InlineData("Le bilan atteint quatre-vingt-dix morts.", "quatre-vingt-dix => 90 morts")]
    [InlineData("Deux cents familles ont fui.", "Deux cents => 200 familles")]
    [InlineData("Le camp abritait 2000 personnes.", "2000 => 2000 personnes")]
    [InlineData("La trêve a duré 2,5 jours.", "2,5 => 2.5 jours")]
    [InlineData("Le bilan s'élève à 43.", "43 => 43 ")]
    public void FrenchFiguresAreReadWithTheWordTheyCount(string sentence, string expected) =>
        Assert.Equal([expected], Quantities(sentence));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ThousandsGroupedBySpaceAreOneNumberWhetherOneTokenOrTwo(bool digitGroupsAsOneToken) =>
        Assert.Equal(["2 500 => 2500 combattants"], Quantities("Les 2 500 combattants ont été amnistiés.", digitGroupsAsOneToken));

    [Theory]
    [InlineData("Désormais 70% des quartiers sont tombés.", "70% => 70 %")]
    [InlineData("Désormais 70 % des quartiers sont tombés.", "70 % => 70 %")]
    [InlineData("Désormais 70 pour cent des quartiers sont tombés.", "70 pour cent => 70 %")]
    public void PercentagesHaveThePercentUnit(string sentence, string expected) =>
        Assert.Equal([expected], Quantities(sentence));

    [Theory]
    [InlineData("Des dizaines de morts ont été relevés.", "Des dizaines => 10 morts")]
    [InlineData("Les tirs ont fait une douzaine de blessés.", "une douzaine => 12 blessés")]
    [InlineData("Il y a eu près d'une centaine de victimes.", "une centaine => 100 victimes")]
    [InlineData("Des centaines de familles ont fui.", "Des centaines => 100 familles")]
    [InlineData("Quelques dizaines de manifestants se sont réunis.", "Quelques dizaines => 10 manifestants")]
    [InlineData("Des milliers de personnes attendent.", "Des milliers => 1000 personnes")]
    [InlineData("Plusieurs centaines de combattants se sont rendus.", "Plusieurs centaines => 100 combattants")]
    [InlineData("Une vingtaine de soldats ont été capturés.", "Une vingtaine => 20 soldats")]
    [InlineData("Des dizaines de milliers de réfugiés sont bloqués.", "Des dizaines de milliers => 10000 réfugiés")]
    public void VagueFiguresTakeTheirConservativeValue(string sentence, string expected) =>
        Assert.Equal([expected], Quantities(sentence));

    [Fact]
    public void AVagueFigureCitesTheLineOfItsPhrase()
    {
        const string sentence = "Les tirs ont fait une douzaine de blessés.";
        var line = File.ReadLines(Path.Combine(Sitrep.Resources.ResourcePaths.Language("fr"), "vague_numbers.tsv"))
            .Select((text, index) => (text, number: index + 1)).Single(l => l.text.StartsWith("une douzaine\t", StringComparison.Ordinal)).number;

        var mention = Assert.Single(Recognizer.Recognize(NumDateTestText.Make(sentence, Tuesday, false)));

        Assert.Equal($"fr/vague_numbers.tsv:{line}", mention.Entry);
    }

    [Theory]
    [InlineData("La ville est aux mains des rebelles depuis 2012.")]
    [InlineData("Le quartier avait été détruit en 2014.")]
    [InlineData("Le convoi est parti le 1er décembre.")]
    [InlineData("C'est la deuxième offensive du mois.")]
    [InlineData("Le marché a été bombardé le 22 septembre.")]
    [InlineData("Les combats font rage depuis deux semaines.")]
    [InlineData("Les combats ont eu lieu les 26 et 27 octobre derniers.")]
    [InlineData("Un convoi a été attaqué.")]
    [InlineData("L'un des quartiers est tombé.")]
    [InlineData("Des civils, il en reste un.")]
    [InlineData("Un an plus tard, une seule école restait ouverte.")]
    public void YearsDatesOrdinalsAndArticlesAreNotQuantities(string sentence) =>
        Assert.Empty(Quantities(sentence));

    [Fact]
    public void DayNumbersAreNotQuantitiesEvenWhenTheDateCannotBeResolved() =>
        Assert.Empty(Quantities("Le marché a été bombardé le 22 septembre.", published: null));

    [Theory]
    [InlineData("Une femme médecin a été tuée.", "Une => 1 femme")]
    [InlineData("Les tirs ont tué un enfant.", "un => 1 enfant")]
    [InlineData("Un mort, puis une femme et un enfant blessés.", "Un => 1 mort|une => 1 femme|un => 1 enfant")]
    public void ArticlesCountAsOneBeforeAPersonNoun(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), Quantities(sentence));

    [Fact]
    public void FiguresBesideADateAreStillFound() =>
        Assert.Equal(["43 => 43 civils"], Quantities("Le 22 septembre, 43 civils ont été tués."));

    [Theory]
    [InlineData("Les rebelles ont enlevé mardi 12 civils sur la route.", "12 => 12 civils")]
    [InlineData("L'armée a tué le 5 avril 45 combattants.", "45 => 45 combattants")]
    [InlineData("Les raids ont tué mardi matin trois civils.", "trois => 3 civils")]
    [InlineData("Lundi 11 novembre, sept personnes ont péri.", "sept => 7 personnes")]
    public void ANumberRightAfterADateIsACountNotPartOfTheDate(string sentence, string expected) =>
        Assert.Equal([expected], Quantities(sentence));

    [Fact]
    public void EveryFigureOfALongLineOfTollsAndDatesIsFoundOnceAndNoDayNumberIs()
    {
        var line = string.Concat(Enumerable.Repeat("le 3 mars, 12 morts et 7 blessés ; ", 400)) + "deux cents familles.";

        var found = Quantities(line);

        Assert.Equal(2 * 400 + 1, found.Count);
        Assert.Equal(400, found.Count(f => f == "12 => 12 morts"));
        Assert.Equal(400, found.Count(f => f == "7 => 7 blessés"));
        Assert.Equal("deux cents => 200 familles", found[^1]);
    }

    [Fact]
    public void ALongRunOfTouchingNumbersGivesEachOfThem()
    {
        var found = Quantities(string.Concat(Enumerable.Repeat("7 ", 5000)));

        Assert.Equal(5000, found.Count);
        Assert.All(found, f => Assert.Equal("7 => 7 ", f));
    }
}
