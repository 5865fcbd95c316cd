using Sitrep.Model;
using Sitrep.Recognition.Places;
using Sitrep.Resources;

namespace Sitrep.Tests.Recognition.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Load("fr");

    [Fact]
    public void LoadsEveryRowOfTheShippedGazetteer() => Assert.Equal(2877, Places.Count);

    [Fact]
    public void LoadedForALanguageItFindsWhatTheBaseGazetteerWithThatLanguageAddedFinds()
    {
        var added = Gazetteer.Load().WithLanguage("fr");
        var spellings = TsvFile.Read(Path.Combine(ResourcePaths.Language("fr"), "places.tsv")).Select(row => row["spelling"]).ToList();
        Assert.NotEmpty(spellings);
        foreach (var name in spellings.Concat(["Aleppo", "Idlib", "Manbij", "Deir ez-Zor"]))
            Assert.Equal(added.Find(name), Places.Find(name));
        Assert.Equal(added.Languages, Places.Languages);
    }

    [Fact]
    public void AnAleppoQuarterHasAleppoAsParentAndProvinceAtPrecisionOne()
    {
        var place = Places.ToPlace("sy.aleppo.ash-shaar");
        Assert.Equal(("ash-Sha'ar", "Aleppo", "Aleppo", "Syria", "neighbourhood", 1),
            (place.Name, place.Parent, place.Admin1, place.Country, place.Level, place.GeoPrecision));
        Assert.NotNull(place.Latitude);
    }

    [Fact]
    public void AProvinceHasPrecisionThreeAndNoParent()
    {
        var place = Places.ToPlace("sy.prov.idlib");
        Assert.Equal(("Idlib", null, "Idlib", "province", 3), (place.Name, place.Parent, place.Admin1, place.Level, place.GeoPrecision));
    }

    [Fact]
    public void ATownHasItsProvinceAsParent()
    {
        var place = Places.ToPlace("sy.manbij");
        Assert.Equal(("Aleppo", "Aleppo", "town", 1), (place.Parent, place.Admin1, place.Level, place.GeoPrecision));
    }

    [Fact]
    public void AVillageWithoutAPointTakesItsSubDistrictPointAtPrecisionTwo()
    {
        // sy.afrin-haritan: an OCHA community, no coordinates, under Haritan sub-district.
        var place = Places.ToPlace("sy.afrin-haritan");
        var subDistrict = Places.Entry("sy.subdist.haritan")!;
        Assert.Equal(("town", "Aleppo", 2), (place.Level, place.Admin1, place.GeoPrecision));
        Assert.Equal((subDistrict.Latitude, subDistrict.Longitude), (place.Latitude, place.Longitude));
    }

    [Fact]
    public void APartOfACityKeepsTheCityAtTheRequestedPrecision() =>
        Assert.Equal(2, Places.ToPlace("sy.aleppo", geoPrecision: 2).GeoPrecision);

    [Theory]
    [InlineData("camp", "site")]
    [InlineData("village", "town")]
    [InlineData("subdistrict", "district")]
    [InlineData("neighbourhood", "neighbourhood")]
    public void GazetteerLevelsMapToEventLevels(string gazetteerLevel, string eventLevel) =>
        Assert.Equal(eventLevel, PlaceLevels.ToEventLevel(gazetteerLevel));

    [Fact]
    public void FrenchSpellingsFindTheCityAndTheProvinceAndCiteTheirLine()
    {
        var found = Places.Find("Alep");
        Assert.Contains(found, c => c.Entry.Id == "sy.aleppo");
        Assert.Contains(found, c => c.Entry.Id == "sy.prov.aleppo" && c.Citation.StartsWith("fr/places.tsv:"));
    }

    [Fact]
    public void AnEnglishAliasFindsItsRowWithTheRowsLine()
    {
        var candidate = Assert.Single(Places.Find("Palmyra"));
        Assert.Equal("sy.tadmur", candidate.Entry.Id);
        Assert.Matches(@"^places/syria\.tsv:\d+$", candidate.Citation);
    }

    [Fact]
    public void EveryFrenchSpellingPointsToAKnownPlace() =>
        // Loading would throw on an unknown id; each spelling must also be findable by its own key.
        Assert.All(Sitrep.Resources.TsvFile.Read(Path.Combine(Sitrep.Resources.ResourcePaths.Language("fr"), "places.tsv")),
            row => Assert.Contains(Places.Find(row["spelling"]), c => c.Entry.Id == row["place_id"]));

    [Fact]
    public void AncestryAnswersWhetherAPlaceIsWithinAnother()
    {
        Assert.True(Places.IsWithin("sy.aleppo.hanano", "sy.prov.aleppo"));
        Assert.True(Places.IsWithin("sy.aleppo", "sy.aleppo"));
        Assert.False(Places.IsWithin("sy.homs", "sy.prov.aleppo"));
    }

    [Fact]
    public void AMentionResolvesAtThePrecisionItsDetailCarries()
    {
        var mention = new Mention(MentionKind.Place, new TextSpan(0, 8), "sy.aleppo", "fr/places.tsv:9",
            PlaceMentionDetail.Format("city", 2));
        Assert.Equal(("Aleppo", 2), (Places.Resolve(mention, "Alep-Est").Name, Places.Resolve(mention, "Alep-Est").GeoPrecision));
    }

    [Fact]
    public void AnUnknownMentionResolvesToItsWrittenName()
    {
        var mention = new Mention(MentionKind.Place, new TextSpan(0, 12), "", "rule: place word", "neighbourhood");
        var place = Places.Resolve(mention, "Tourbet Lala");
        Assert.Equal(("Tourbet Lala", "Syria", "neighbourhood", null, null), (place.Name, place.Country, place.Level, place.Id, place.Latitude));
    }
}
