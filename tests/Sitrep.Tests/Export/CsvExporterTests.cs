using System.Globalization;
using Sitrep.Export;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Export;

public sealed class CsvExporterTests
{
    [Fact]
    public void TheHeaderMatchesTheApprovedColumns()
    {
        var csv = ExportGolden.Write(w => CsvExporter.Write(w, []));

        Assert.Equal(ExportGolden.Read("csv-header.golden.txt"), csv);
    }

    [Fact]
    public void TheSampleDocumentGivesTheApprovedRows()
    {
        var csv = ExportGolden.Write(w => CsvExporter.Write(w, StoreSamples.Coded.Events));

        Assert.Equal(ExportGolden.Read("sample-events.golden.csv"), csv);
    }

    [Theory]
    [InlineData("Saraqeb", "Saraqeb")]
    [InlineData("Idleb, Syrie", "\"Idleb, Syrie\"")]
    [InlineData("dit \"non\"", "\"dit \"\"non\"\"\"")]
    [InlineData("ligne\nsuivante", "\"ligne\nsuivante\"")]
    [InlineData("retour\r", "\"retour\r\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void FieldsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak(string? value, string expected)
    {
        Assert.Equal(expected, CsvExporter.Field(value));
    }

    [Fact]
    public void AQuoteWithQuotesCommasAndALineBreakStaysOneField()
    {
        var quoted = StoreSamples.LeafletDrop with { Quote = "Il a dit \"non\",\npuis il est parti." };

        var csv = ExportGolden.Write(w => CsvExporter.Write(w, [quoted]));

        Assert.EndsWith(",Le Quotidien,\"Il a dit \"\"non\"\",\npuis il est parti.\",t01_store_sample,,\n", csv);
    }

    [Fact]
    public void NumbersAndDatesDoNotFollowTheCurrentCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var csv = ExportGolden.Write(w => CsvExporter.Write(w, [StoreSamples.Strike]));

            Assert.Contains(",35.8623,36.8054,1,3,5,", csv);
            Assert.Contains(",2020-02-04,", csv);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void NegatedAndHedgedEventsAreLeftOut()
    {
        var planned = StoreSamples.LeafletDrop with { Hedged = true };

        var csv = ExportGolden.Write(w => CsvExporter.Write(w, [StoreSamples.DeniedClash, planned]));

        Assert.Equal(ExportGolden.Read("csv-header.golden.txt"), csv);
    }
}
