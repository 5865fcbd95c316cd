using Sitrep.Model;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>An event told several times in one document is one event that keeps every telling (EVENTS.md, "Units").</summary>
public sealed class MergedReportsTests
{
    private const string TwoSources =
        "L'armée syrienne a repris mardi le quartier de Salhine, a annoncé la télévision d'État. " +
        "Les troupes gouvernementales ont repris mardi Salhine aux rebelles, a indiqué l'OSDH.";

    [Fact]
    public void AnEventToldTwiceKeepsTheSecondTellingWithItsOwnSources()
    {
        var coded = TestPipeline.Code(TwoSources);

        var capture = Assert.Single(coded.Events);
        Assert.Equal(["Syrian state TV"], capture.Sources);
        var second = Assert.Single(capture.OtherReports);
        Assert.Equal(["SOHR"], second.Sources);
        Assert.StartsWith("Les troupes gouvernementales", second.Quote);
        Assert.Equal(second.Quote, second.QuoteSpan.Of(TwoSources));
    }

    [Fact]
    public void TheFirstTellingStaysTheEventsQuoteAndLeadsItsReports()
    {
        var capture = Assert.Single(TestPipeline.Code(TwoSources).Events);

        Assert.Equal(new EventReport(capture.Quote, capture.QuoteSpan, capture.Sources), capture.Reports[0]);
        Assert.Equal(2, capture.Reports.Count);
        Assert.True(capture.Reports[0].QuoteSpan.End <= capture.Reports[1].QuoteSpan.Start);
    }

    [Fact]
    public void TwoVerbsOfOneSentenceTellTheEventOnce()
    {
        var coded = TestPipeline.Code("L'armée syrienne a repris et reconquis mardi le quartier de Salhine, selon l'OSDH.");

        Assert.Empty(Assert.Single(coded.Events).OtherReports);
    }

    [Fact]
    public void TheLowestDeathTollOfTheTellingsStands()
    {
        var coded = TestPipeline.Code(
            "Des avions ont bombardé mardi la ville de Saraqeb, tuant 4 civils, a indiqué l'OSDH. " +
            "Selon les Casques blancs, les avions ont bombardé Saraqeb mardi, tuant 9 civils.");

        var strike = Assert.Single(coded.Events);
        // ACLED's conservative rule; the ledger keeps both figures as claims of their sources.
        Assert.Equal(4, strike.Fatalities);
        Assert.Equal(["White Helmets"], Assert.Single(strike.OtherReports).Sources);
    }

    [Fact]
    public void EventsToldTwiceStayInTheOrderFirstToldWithTheirOwnTellings()
    {
        var coded = TestPipeline.Code(
            "L'armée syrienne a repris mardi le quartier de Salhine, a annoncé la télévision d'État. " +
            "Des avions ont bombardé mardi la ville de Saraqeb, a indiqué l'OSDH. " +
            "Les troupes gouvernementales ont repris mardi Salhine aux rebelles, a indiqué l'OSDH. " +
            "Selon les Casques blancs, les avions ont bombardé Saraqeb mardi.");

        Assert.Equal(["Salhine", "Saraqeb"], coded.Events.Select(e => e.Location));
        Assert.StartsWith("Les troupes gouvernementales", Assert.Single(coded.Events[0].OtherReports).Quote);
        Assert.Equal(["White Helmets"], Assert.Single(coded.Events[1].OtherReports).Sources);
    }
}
