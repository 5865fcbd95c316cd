using System.Text.Json;
using Sitrep.Ledger;
using Sitrep.Storage;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

/// <summary>
/// Five short articles written for these tests (Ledger/Fixtures/multi-outlet.jsonl): one capture told by three outlets
/// through two source chains, one strike with two death tolls, two shares of Aleppo, and outlets that name the
/// opposition differently. Asserted on properties, so that coding changes elsewhere do not break them needlessly.
/// </summary>
public sealed class LedgerStoreTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine("Ledger", "Fixtures", "multi-outlet.jsonl");

    private readonly TempStoreFolder _folder = new();
    private readonly string _store;

    public LedgerStoreTests()
    {
        _store = _folder.File("ledger.db");
        Assert.Equal(0, CliRun.Of("run", Fixtures, "--store", _store).ExitCode);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ACaptureToldByThreeOutletsThroughTwoChainsHasTwoIndependentSources()
    {
        var ledger = Json("ledger", "--json");

        var salhine = ledger.GetProperty("clusters").EnumerateArray().Single(c => c.GetProperty("place").GetString() == "as-Salheen");
        Assert.Equal(3, salhine.GetProperty("reports").GetArrayLength());
        Assert.Equal(["SOHR", "al-Mayadeen"], salhine.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(2, salhine.GetProperty("corroboration").GetInt32());
    }

    [Fact]
    public void DifferentTollsAndSharesFromDifferentSourcesAreContradictionsListedFirst()
    {
        var table = CliRun.Of("ledger", "--store", _store).Out;
        var contradictions = Json("ledger", "--json").GetProperty("contradictions").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("value_a").GetDouble(), c.GetProperty("value_b").GetDouble())).ToList();

        Assert.Contains(("fatalities", 12.0, 20.0), contradictions);
        Assert.Contains(("claim", 40.0, 45.0), contradictions);
        Assert.True(table.IndexOf("Contradictions", StringComparison.Ordinal) < table.IndexOf("Clusters", StringComparison.Ordinal));
    }

    [Fact]
    public void FramingShowsEachOutletsLoadedShareForTheOpposition()
    {
        var rows = Json("framing", "--json").EnumerateArray()
            .Where(r => r.GetProperty("actor").GetString() == "Syrian opposition armed groups")
            .ToDictionary(r => r.GetProperty("outlet").GetString()!, r => r.GetProperty("loaded_share").GetDouble());

        Assert.Equal(1.0, rows["Radio Levant"]);
        Assert.Equal(0.0, rows["Le Quotidien"]);
        Assert.Contains("Radio Levant", CliRun.Of("framing", "--store", _store).Out);
    }

    [Fact]
    public void TheCsvExportGivesEachEventItsClusterAndCorroboration()
    {
        var lines = CliRun.Of("export", "--format", "csv", "--store", _store).Out.TrimEnd('\n').Split('\n');

        Assert.EndsWith(",cluster_id,corroboration", lines[0]);
        var salhine = lines.Where(l => l.Contains("Salhine") || l.Contains("as-Salheen")).ToList();
        Assert.Equal(3, salhine.Count);
        Assert.All(salhine, l => Assert.EndsWith(",2", l));
        Assert.Single(salhine.Select(l => l.Split(',')[^2]).Distinct());
    }

    [Fact]
    public void ASecondReadChangesNothingAndANewDocumentJoinsWithoutRecomputingTheRest()
    {
        var first = CliRun.Of("ledger", "--json", "--store", _store).Out;
        Assert.Equal(first, CliRun.Of("ledger", "--json", "--store", _store).Out);

        var extra = _folder.Write("extra.jsonl",
            """{"id":"fx_f","outlet":"Le Courrier","published":"2016-12-06","language":"fr","title":null,"text":"L'armée syrienne a repris mardi le quartier de Salhine, a annoncé la télévision d'État syrienne."}""");
        CliRun.Of("run", extra, "--store", _store);
        using var store = SqliteEventStore.Open(_store);
        var update = EventClusterer.Update(Stored(store.ReadEvents().ToList()), store.ClusterRows());

        Assert.Equal(1, update.Placed);
        var joined = Assert.Single(update.Upserts);
        Assert.Equal(update.ClusterOf.Where(p => p.Key.StartsWith("fx_a", StringComparison.Ordinal)).Select(p => p.Value).Single(), joined.ClusterId);
    }

    [Fact]
    public void TheLedgerAndTheExportsClustersReadOnlyWhatTheyUseOfTheStore()
    {
        using var store = SqliteEventStore.Open(_store);
        using var lean = new LeanReadsOnlyStore(SqliteEventStore.OpenReadOnly(_store));
        var ledger = EventLedger.Load("fr");

        Assert.Equal(LedgerJson(ledger, store), LedgerJson(ledger, lean));
        using var report = ledger.Read(lean);
        Assert.Contains(report.Contradictions, c => c.Kind == "claim");
        Assert.Equal(EventLedger.ClusterRefs(store), EventLedger.ClusterRefs(lean));
    }

    private static string LedgerJson(EventLedger ledger, IDocumentStore store)
    {
        using var report = ledger.Read(store);
        return StoreSamples.Json(new { report.Contradictions, Clusters = report.ByCorroboration().ToList() });
    }

    private JsonElement Json(params string[] args)
    {
        var run = CliRun.Of([.. args, "--store", _store]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }
}
