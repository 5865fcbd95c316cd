using Sitrep.Ledger;
using Sitrep.Model;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

public sealed class ClaimKeyReaderTests
{
    private static readonly ClaimKeyReader Reader = ClaimKeyReader.Load("fr");

    [Fact]
    public void AShareIsKeyedByWhatItCountsThePlaceNearItAndItsDate()
    {
        const string text = "Selon l'OSDH, 70% des quartiers d'Alep sont tombés.";
        var claim = ClaimOf(text, 70, "%", date: new DateOnly(2016, 12, 5));

        var key = Read(claim, text, [Figure(text, "70%", "70", "%"), PlaceAt(text, "Alep", "sy.aleppo", "city")]);

        Assert.Equal(new ClaimKey("% quartier", "sy.aleppo", new DateOnly(2016, 12, 5)), key);
    }

    [Fact]
    public void AFigureWithNoPlaceInItsSentenceIsAboutTheDocumentsMainPlaceNotACountryInASourcesDescription()
    {
        const string text = "Les combats continuent à Alep. Alep est encerclée. Selon un média actif en Syrie, 73 % des quartiers sont repris.";
        var claim = ClaimOf(text, 73, "%", sentenceStart: text.IndexOf("Selon", StringComparison.Ordinal));
        Mention[] mentions =
        [
            PlaceAt(text, "Alep", "sy.aleppo", "city"), PlaceAt(text, "Alep est", "sy.aleppo", "city"),
            PlaceAt(text, "Syrie", "sy", "country"), Figure(text, "73 %", "73", "%"),
        ];

        var key = Read(claim, text, mentions);

        Assert.Equal(new ClaimKey("% quartier", "sy.aleppo", Tuesday), key);
    }

    [Fact]
    public void ACountIsKeyedByItsUnitInTheSingular()
    {
        const string text = "Plus de 2 500 combattants ont été amnistiés.";

        var key = Read(ClaimOf(text, 2500, "combattants"), text, []);

        Assert.Equal("combattant", key.Measure);
        Assert.Equal("", key.Place);
    }

    [Fact]
    public void OnlyAPercentageAsksForTheDocumentsText()
    {
        const string text = "Plus de 2 500 combattants ont été amnistiés.";

        var key = Reader.Read(ClaimOf(text, 2500, "combattants"), Tuesday, [], () => throw new InvalidOperationException("The text was read."));

        Assert.Equal(new ClaimKey("combattant", "", Tuesday), key);
    }

    private static ClaimKey Read(Claim claim, string text, IReadOnlyList<Mention> mentions)
    {
        var document = Doc("k") with { Text = text };
        return Reader.Read(claim, document.Published?.AsDate, mentions, () => document.Text);
    }

    private static Claim ClaimOf(string text, double value, string unit, DateOnly? date = null, int sentenceStart = 0) => new()
    {
        DocId = "k", Quote = text[sentenceStart..], QuoteSpan = new TextSpan(sentenceStart, text.Length - sentenceStart),
        Quantity = unit, Value = value, Unit = unit, Date = date,
    };

    private static Mention Figure(string text, string written, string value, string unit) =>
        new(MentionKind.Quantity, new TextSpan(text.IndexOf(written, StringComparison.Ordinal), written.Length), value, "test", unit);

    private static Mention PlaceAt(string text, string written, string id, string level) =>
        new(MentionKind.Place, new TextSpan(text.IndexOf(written, StringComparison.Ordinal), written.Length), id, "test", level);
}
