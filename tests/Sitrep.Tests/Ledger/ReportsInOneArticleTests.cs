using System.Text.Json;
using Sitrep.Model;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

/// <summary>
/// An article may tell one event twice through two sources: the ledger counts each telling's source
/// (Ledger/Fixtures/one-article-two-sources.jsonl: three short articles written for these tests).
/// </summary>
public sealed class ReportsInOneArticleTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine("Ledger", "Fixtures", "one-article-two-sources.jsonl");

    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static EventReport Telling(params string[] sources) => new("Salhine est tombé.", new TextSpan(40, 18), sources);

    [Fact]
    public void ASecondTellingWithAnotherSourceCorroboratesTheFirst()
    {
        var told = Capture("a", "al-Mayadeen") with { OtherReports = [Telling("SOHR", "AFP")] };

        var cluster = Assert.Single(Cluster([told]));

        Assert.Equal(2, cluster.Reports.Count);
        Assert.Equal(["SOHR", "al-Mayadeen"], cluster.Sources);
    }

    [Fact]
    public void TellingsThatCiteNoOneAreTheirOutletOnce()
    {
        var told = Capture("a") with { OtherReports = [Telling()] };

        var cluster = Assert.Single(Cluster([told], Outlets(("a", "Le Courrier"))));

        Assert.Equal(2, cluster.Reports.Count);
        Assert.Equal(1, cluster.Corroboration);
    }

    [Fact]
    public void AnotherArticleCitingASourceTheFirstAlreadyToldAddsAReportButNoSource()
    {
        var clusters = Cluster([Capture("a", "Syrian state TV") with { OtherReports = [Telling("SOHR")] }, Capture("b", "SOHR")]);

        var cluster = Assert.Single(clusters);
        Assert.Equal(["a", "a", "b"], cluster.Reports.Select(r => r.DocId));
        Assert.Equal(2, cluster.Corroboration);
    }

    [Fact]
    public void CodedArticlesCountBothSourcesOfTheArticleThatTellsTheCaptureTwice()
    {
        var store = _folder.File("ledger.db");
        Assert.Equal(0, CliRun.Of("run", Fixtures, "--store", store).ExitCode);

        using var ledger = JsonDocument.Parse(CliRun.Of("ledger", "--store", store, "--json").Out);
        var ferdous = ledger.RootElement.GetProperty("clusters").EnumerateArray()
            .Single(c => c.GetProperty("place").GetString() == "al-Fardos");
        var strike = ledger.RootElement.GetProperty("clusters").EnumerateArray()
            .Single(c => c.GetProperty("place").GetString() == "Saraqib");

        Assert.Equal(["SOHR", "Syrian state TV"], ferdous.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(3, ferdous.GetProperty("reports").GetArrayLength());
        Assert.Equal(2, strike.GetProperty("reports").GetArrayLength());
        Assert.Equal(1, strike.GetProperty("corroboration").GetInt32());
    }
}
