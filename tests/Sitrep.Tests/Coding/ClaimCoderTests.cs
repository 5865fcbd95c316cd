using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

public sealed class ClaimCoderTests
{
    private static List<(double Value, string? Unit, string? Source)> Claims(string text, string? outlet = null) =>
        TestPipeline.Code(text, outlet: outlet).Claims.Select(c => (c.Value, c.Unit, c.Sources.FirstOrDefault())).ToList();

    [Fact]
    public void ATollANamedSourceStatesIsAlsoItsClaim() =>
        Assert.Contains((38.0, "personnes", "SANA"), Claims("Trente-huit personnes ont été tuées lundi dans des attentats à Soueida, selon l'agence Sana."));

    [Fact]
    public void AnArticleReadAsOneIsNoClaim() =>
        Assert.DoesNotContain(Claims("Un kamikaze s'est fait exploser mardi à Idleb, selon l'OSDH."), c => c.Value == 1);

    [Fact]
    public void KilometresThatPlaceATownAreNoClaim() =>
        Assert.Empty(Claims("Maaloula, à 55 km au nord de Damas, a été reprise par l'armée."));

    [Fact]
    public void MetresToAFrontLineAreAClaim() =>
        Assert.Contains(Claims("L'armée se trouve désormais à 800 mètres de la citadelle, selon l'OSDH."), c => c.Value == 800);

    [Fact]
    public void ASourceStatingOneFigureTwiceMakesOneClaim() =>
        Assert.Single(Claims("Selon l'OSDH, 1.200 combattants ont quitté Douma. L'OSDH a précisé que 1.200 combattants étaient partis en bus."),
            c => c.Value == 1200);

    [Fact]
    public void TwoSourcesStatingOneFigureMakeTwoClaims() =>
        Assert.Equal(2, Claims("Selon l'OSDH, 1.200 combattants ont quitté Douma. L'agence Sana a confirmé que 1.200 combattants étaient partis.")
            .Count(c => c.Value == 1200));

    [Fact]
    public void TheOutletPrintingAFigureANamedSourceStatesMakesNoClaimOfItsOwn() =>
        Assert.Equal([(3000.0, "manifestants", "SOHR")],
            Claims("Environ 3000 manifestants ont défilé vendredi à Deraa. Selon l'OSDH, environ 3000 manifestants ont défilé dans le centre.", outlet: "Le Soir")
                .Where(c => c.Value == 3000));

    [Fact]
    public void ACountOfPeopleAfterAnApproximationIsNoYear() =>
        Assert.NotEmpty(TestPipeline.Code("Environ 2000 protestataires étaient rassemblés vendredi sur la place centrale de Deraa.").Events);

    [Fact]
    public void APersonCitedAgainIsCitedUnderTheMediumTheyWorkFor() =>
        Assert.Contains((400.0, "personnes", "Suwayda24"),
            Claims("Des habitants ont manifesté samedi, a déclaré à l'AFP Karim Haddad, un correspondant du média local Suwayda24. " +
                   "Selon Karim Haddad, 400 personnes étaient rassemblées."));

    [Fact]
    public void ClaimsShareTheLineOfTheirFigureAndTheLineOfTheirSentencesSource()
    {
        var coded = TestPipeline.Code("Selon l'OSDH, 1.200 combattants ont quitté Douma et 300 civils ont quitté Harasta.");
        Assert.Equal(2, coded.Claims.Count);
        var (first, second) = (coded.Claims[0].Why, coded.Claims[1].Why);
        Assert.Equal(["quantity: NumberGrammar", "attribution: source-before \"Selon\""], first);
        // One line for the run's figures of one entry, one for the sentence's source: not written again for each claim.
        Assert.Same(first[0], second[0]);
        Assert.Same(first[1], second[1]);
    }
}
