using Sitrep.Ledger;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ledger;

/// <summary>The ledger over the seed corpus, asserted on properties that hold whatever the coder's details.</summary>
public sealed class SeedLedgerTests(SeedLedgerTests.SeedStore seeds) : IClassFixture<SeedLedgerTests.SeedStore>
{
    public sealed class SeedStore : IDisposable
    {
        private readonly TempStoreFolder _folder = new();

        public SeedStore()
        {
            Path = _folder.File("seeds.db");
            CliRun.Of("run", System.IO.Path.Combine(SharedPaths.Root, "corpus", "seeds.docs.jsonl"), "--store", Path);
            using var store = SqliteEventStore.Open(Path);
            Report = EventLedger.Load("fr").Build(store);
        }

        public string Path { get; }

        public LedgerReport Report { get; }

        public void Dispose()
        {
            Report.Dispose();
            _folder.Dispose();
        }
    }

    [Fact]
    public void TheSeventyAndSeventyThreePercentSharesOfEastAleppoAreAContradiction()
    {
        Assert.Contains(seeds.Report.Contradictions, c =>
            c.Kind == "claim" && new[] { c.ValueA, c.ValueB }.Order().SequenceEqual([70.0, 73.0]) && c.A.Origin != c.B.Origin);
    }

    /// <summary>
    /// The article tells the capture twice: through al-Mayadeen (spelt "al-Maydeen" there) and through the SOHR via AFP;
    /// the coder keeps both tellings in one event, and the misspelt name is still the channel.
    /// </summary>
    [Fact]
    public void TheCaptureOfAlChaarHasTwoIndependentSources()
    {
        var chaar = Assert.Single(seeds.Report.ByCorroboration(), c => c.Place == "ash-Sha'ar" && c.SubEventType == "Government regains territory");

        Assert.Equal(["SOHR", "al-Mayadeen"], chaar.Sources);
        Assert.Equal(2, chaar.Corroboration);
    }

    [Fact]
    public void LedgerAndFramingRunOnTheSeeds()
    {
        var ledger = CliRun.Of("ledger", "--store", seeds.Path);
        var framing = CliRun.Of("framing", "--store", seeds.Path);

        Assert.Equal(0, ledger.ExitCode);
        Assert.Contains("000_1881e92bc0bc0fca", framing.Out);
    }
}
