using Sitrep.Model;
using Sitrep.Recognition.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Places;

public class PlaceRecognizerTests
{
    private static readonly PlaceRecognizer Recognizer = PlaceRecognizer.Load("fr");

    private static IReadOnlyList<PlaceMatch> Match(string text) => Recognizer.Match(PlacesTestText.Analyze(text));

    private static PlaceMatch Single(string text, string written) =>
        Assert.Single(Match(text), m => m.Written == written);

    [Fact]
    public void FindsAQuarterAndTheCityAroundIt()
    {
        var found = Match("Les combats ont repris dans le quartier de Boustane al-Qasr, au sud d’Alep.");
        Assert.Equal(["Boustane al-Qasr", "Alep"], found.Select(m => m.Written));
        Assert.Equal(["sy.aleppo.bustan-al-qaser", "sy.aleppo"], found.Select(m => m.Mention.Value));
    }

    [Theory]
    [InlineData("Deir\u00A0ez-Zor")]
    [InlineData("Deir  ez-Zor")]
    [InlineData("DEIR EZ-ZOR")]
    public void ANameIsKeyedAsTheGazetteerKeysItWhateverSpacesAndCaseItIsWrittenWith(string written)
    {
        var plain = Single("Des obus sont tombés sur Deir ez-Zor hier.", "Deir ez-Zor").Mention;
        var found = Single($"Des obus sont tombés sur {written} hier.", written).Mention;
        Assert.Equal((plain.Value, plain.Entry, plain.Detail), (found.Value, found.Entry, found.Detail));
    }

    [Fact]
    public void WhatATokenGivesANameIsTheSameAfterItsWordWasSeenInOtherNames()
    {
        // What a token's norm gives the names it opens is remembered with its word, per thread: the same word in other
        // company (apart, after an article, before a hyphen, glued to punctuation) must give what a fresh thread finds.
        string[] sentences =
        [
            "Des obus sont tombés sur Al Bab et sur Bab al-Hawa.",
            "Le camp de Bab, près d'al-Bab, puis Alep-Est et Alep.",
            "« Alep », dit-il, et Homs/Hama ; Deir ez-Zor, Deir-ez-Zor, Deir.",
            "Al, El Bab, El, Tall Tamr, Tall, Tamr, Kobané, Raqqa-ville.",
        ];
        IReadOnlyList<(string, string)> Found(string sentence) =>
            Match(sentence).Select(m => (m.Written, m.Mention.Value)).ToList();
        var fresh = sentences.Select(s => FreshThread.Run(() => Found(s))).ToList();

        var warm = FreshThread.Run(() =>
        {
            foreach (var s in sentences) Found(s);
            return sentences.Reverse().Select(Found).Reverse().ToList();
        });

        Assert.Equal(fresh, warm);
        // An article apart is no key word: the name's first key word is the next token's, though "al" alone has one.
        Assert.Contains(("Al Bab", "sy.al-bab"), fresh[0]);
        Assert.Contains(("El Bab", "sy.al-bab"), fresh[3]);
    }

    [Fact]
    public void MentionsCarryKindSpanEntryAndLevel()
    {
        const string text = "Des obus sont tombés sur Kallassé hier.";
        var mention = Single(text, "Kallassé").Mention;
        Assert.Equal(MentionKind.Place, mention.Kind);
        Assert.Equal("Kallassé", mention.Span.Of(text));
        Assert.Equal("sy.aleppo.al-kallaseh", mention.Value);
        Assert.Matches(@"^places/syria\.tsv:\d+$", mention.Entry);
        Assert.Equal("neighbourhood", mention.Detail);
    }

    [Fact]
    public void AnElisionBeforeANameIsLeftOut()
    {
        const string text = "Le gouverneur d’Homs a démissionné.";
        var match = Single(text, "Homs");
        Assert.Equal(("sy.homs", text.IndexOf("Homs", StringComparison.Ordinal)), (match.Mention.Value, match.Mention.Span.Start));
    }

    [Fact]
    public void AProvinceWordChoosesTheProvince()
    {
        Assert.Equal("sy.prov.idlib", Single("Des frappes ont visé la province d’Idleb.", "Idleb").Mention.Value);
        Assert.Equal("sy.idlib", Single("Des frappes ont visé la ville d’Idleb.", "Idleb").Mention.Value);
    }

    [Fact]
    public void ADirectionBeforeTheNameGivesPrecisionTwo()
    {
        var match = Single("Des renforts sont arrivés à l’est de Homs.", "Homs");
        Assert.Equal(("sy.homs", 2), (match.Mention.Value, match.Place.GeoPrecision));
        Assert.Equal("city; geo_precision 2", match.Mention.Detail);
    }

    [Fact]
    public void TheVerbEstAfterACityIsNotAPartOfIt()
    {
        var match = Single("La situation à Alep est grave.", "Alep");
        Assert.Equal(1, match.Place.GeoPrecision);
    }

    [Fact]
    public void AFrenchSpellingForAPartOfACityGivesTheCityAtPrecisionTwo()
    {
        var match = Single("Les rebelles tiennent encore Alep-Est.", "Alep-Est");
        Assert.Equal(("Aleppo", "city", 2, "fr/places.tsv"), (match.Place.Name, match.Place.Level, match.Place.GeoPrecision, match.Mention.Entry.Split(':')[0]));
    }

    [Fact]
    public void ALowerCaseGenericHeadIsAcceptedWhenTheNameAfterItIsCapitalised() =>
        Assert.Equal("sy.aleppo.sheikh-saeed", Single("Les combats ont gagné cheikh Saïd ce matin.", "cheikh Saïd").Mention.Value);

    [Fact]
    public void NamesakesFollowTheCityTheArticleIsAbout()
    {
        // Malkiyeh is a town in Hasakah and a quarter of Aleppo.
        Assert.Equal("sy.al-malikiyah", Single("Des tirs ont été entendus à Malkiyeh.", "Malkiyeh").Mention.Value);
        Assert.Equal("sy.aleppo.malkiyeh",
            Single("L’armée avance dans Alep. Des tirs ont été entendus à Malkiyeh.", "Malkiyeh").Mention.Value);
    }

    [Theory]
    // Suran is a town of Hama province and a town of Aleppo province; each province is named once, one of them beside it.
    [InlineData("Hama est loin. Alep et Suran ont été bombardées.", "sy.suran-aleppo")]
    [InlineData("Alep est loin. Hama et Suran ont été bombardées.", "sy.suran")]
    public void NamesakesFollowThePlaceNamedInTheSameSentence(string text, string id) =>
        Assert.Equal(id, Single(text, "Suran").Mention.Value);

    [Fact]
    public void APlaceWordChoosesAQuarterOverATownOfTheSameName() =>
        Assert.Equal("sy.aleppo.malkiyeh", Single("Des tirs ont visé le quartier Malkiyeh.", "Malkiyeh").Mention.Value);

    [Fact]
    public void AnUnknownNameAfterAPlaceWordIsReportedAsWritten()
    {
        var match = Single("Les soldats ont pris le quartier Tourbet Lala dans la nuit.", "Tourbet Lala");
        Assert.Equal("", match.Mention.Value);
        Assert.StartsWith("rule: place word", match.Mention.Entry);
        Assert.Equal(("Tourbet Lala", "Syria", "neighbourhood", null), (match.Place.Name, match.Place.Country, match.Place.Level, match.Place.Latitude));
    }

    [Fact]
    public void APlaceWordCarriesOverAListOfNames()
    {
        var found = Match("Les deux localités loyalistes Zaytounet et Kfar Nour ont été bombardées.");
        Assert.Equal(["Zaytounet", "Kfar Nour"], found.Select(m => m.Written));
        Assert.All(found, m => Assert.Equal("town", m.Place.Level));
    }

    [Fact]
    public void AListThatStartsWithAQuarterIsAListOfQuarters()
    {
        var found = Match("Salhine, Soukkari et Bab Jdid Nouveau sont tombés.");
        Assert.Equal(["Salhine", "Soukkari", "Bab Jdid Nouveau"], found.Select(m => m.Written));
        Assert.Equal("neighbourhood", found[2].Place.Level);
    }

    [Theory]
    [InlineData("Deux obus ont touché la prison d'Idleb ce matin.", "prison d'Idleb", "Idlib")]
    [InlineData("Les rebelles tiennent l'aéroport militaire de Hama depuis lundi.", "aéroport militaire de Hama", "Hama")]
    [InlineData("La police a dispersé la foule sur la place des Omeyyades à Damas.", "place des Omeyyades", null)]
    [InlineData("Les blindés bloquent l'autoroute de l'aéroport d'Alep.", "autoroute de l'aéroport d'Alep", "Aleppo")]
    public void ALandmarkNamedAfterItsTownIsASiteInThatTown(string text, string written, string? parent)
    {
        var site = Assert.Single(Match(text), m => m.Written == written);
        Assert.Equal((written, "site", null), (site.Place.Name, site.Place.Level, site.Place.Id));
        Assert.Equal(parent, site.Place.Parent);
    }

    [Theory]
    [InlineData("Une frappe a touché un marché de Saraqeb.", "Saraqeb")]
    [InlineData("Un obus est tombé sur l'hôpital de Saraqeb.", "Saraqeb")]
    [InlineData("Un kamikaze a visé la prison à Idleb.", "Idleb")]
    [InlineData("Moscou a ouvert une base près de Qamichli.", "Qamichli")]
    public void AFacilityOrAPlaceNearATownIsNotASite(string text, string written)
    {
        var place = Assert.Single(Match(text), m => m.Written == written);
        Assert.NotEqual("site", place.Place.Level);
    }

    [Theory]
    [InlineData("Les forces du régime de Damas ont avancé vers Palmyre.")]
    [InlineData("Le pouvoir de Damas a repris Palmyre.")]
    [InlineData("Les combattants jugés dangereux par Damas ont quitté Palmyre.")]
    public void ACapitalNamingItsGovernmentIsNoPlace(string text) =>
        Assert.Equal(["Palmyre"], Match(text).Select(m => m.Written));

    [Theory]
    [InlineData("Bab Qebli, dernier quartier tenu par les insurgés, a été pilonné.", "Bab Qebli", "neighbourhood")]
    [InlineData("Les habitants de Tell Sawan, un village proche de la frontière, ont fui.", "Tell Sawan", "town")]
    public void AnUnknownNameWithAPlaceWordInAppositionIsAPlaceOfItsLevel(string text, string written, string level) =>
        Assert.Equal(level, Single(text, written).Place.Level);

    [Fact]
    public void AnUnknownNameWithAnotherNounInAppositionIsNoPlace() =>
        Assert.Empty(Match("Abou Khaled, un commandant rebelle, a parlé."));

    [Theory]
    [InlineData("Les insurgés tentent d'entrer dans la capitale via Tadamoun.", "Tadamoun")]
    [InlineData("Des obus sont tombés à Tadamoun.", "Tadamoun")]
    public void AnUnknownNameAfterAPrepositionOfPlaceIsAPlace(string text, string written) =>
        Assert.Equal("town", Single(text, written).Place.Level);

    [Fact]
    public void APieceOfALongerProperNameIsNotAPlace() =>
        Assert.DoesNotContain(Match("Le chef du Front Fatah al-Cham et Bachar al-Assad ont parlé."), m => m.Written.Contains("Cham") || m.Written.Contains("Assad"));

    [Fact]
    public void ACapitalisedWordOpeningASentenceIsNotAVillage() =>
        Assert.Empty(Match("Celui qui part sera épargné."));

    [Fact]
    public void AWordAfterLeadingPunctuationStillOpensTheSentence() =>
        Assert.Empty(Match("— « Celui qui part sera épargné. »"));

    [Fact]
    public void ASentenceOfThousandsOfNamesGivesEveryName()
    {
        var found = Match(string.Concat(Enumerable.Repeat("Alep, Homs, ", 3000)) + "Malkiyeh.");

        Assert.Equal(6001, found.Count);
        Assert.Equal(3000, found.Count(m => m.Mention.Value == "sy.aleppo"));
        // A city named thousands of times anchors its quarters as one naming it a few times does.
        Assert.Equal("sy.aleppo.malkiyeh", found[^1].Mention.Value);
    }

    [Fact]
    public void CommonFrenchWordsAreNotPlaces() =>
        Assert.Empty(Match(
            "Selon le journal, la bataille a duré toute la nuit. Mardi, le ministre a parlé de paix et de la guerre. " +
            "Les habitants sont restés dans leurs maisons, sans eau ni électricité, pendant que les soldats avançaient. " +
            "Plusieurs familles ont fui vers le nord, mais la plupart attendent encore une aide qui ne vient pas. " +
            "Dans la soirée, des tirs ont retenti près de la mosquée et de l'école, a dit un témoin à la presse. " +
            "Le Qatar et la Turquie ont appelé au calme. Source : agences."));

    [Fact]
    public void RecognizeReturnsTheMentionsOfMatch()
    {
        var text = PlacesTestText.Analyze("Des frappes ont touché Homs et Hama.");
        Assert.Equal(Recognizer.Match(text).Select(m => m.Mention), Recognizer.Recognize(text));
    }

    [Fact]
    public void ATextsPlacesAreTheSameReadAgainAfterALongerText()
    {
        // The sightings are gathered in a list kept for the thread: a longer text read in between must leave nothing behind.
        const string Short = "Des obus sont tombés sur Alep et sur Homs.";
        var before = Match(Short).Select(m => (m.Written, m.Mention.Value)).ToList();
        Assert.Equal(6, Match("À Hama, à Idleb, à Deraa et à Lattaquié, puis à Alep et à Homs, les combats ont repris.").Count);
        Assert.Equal(before, Match(Short).Select(m => (m.Written, m.Mention.Value)));
        Assert.Equal(["Alep", "Homs"], before.Select(m => m.Written));
    }
}
