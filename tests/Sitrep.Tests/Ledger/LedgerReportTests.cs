using Sitrep.Ledger;
using Sitrep.Model;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

public sealed class LedgerReportTests
{
    [Fact]
    public void ClustersComeMostSourcesThenMostReportsThenUndatedAndEarliestFirst()
    {
        using var report = Report(out _);

        Assert.Equal(["a b", "c d", "e", "f"], Members(report.ByCorroboration()));
    }

    [Fact]
    public void OnlyClustersWithEnoughSourcesAndReportsAreBuilt()
    {
        using var report = Report(out var built);

        Assert.Equal(["a b"], Members(report.ByCorroboration(minSources: 2)));
        Assert.Equal(["a b", "c d"], Members(report.ByCorroboration(minReports: 2)));
        Assert.Equal(3, built.Count);
    }

    /// <summary>Two sources; one source twice; one undated report; one report five days earlier. Each cluster at its own place.</summary>
    private static LedgerReport Report(out List<string> built)
    {
        Event[] events =
        [
            Capture("a", "SOHR"), Capture("b", "SANA"),
            Capture("c", "SOHR") with { Place = At("sy.c") }, Capture("d", "SOHR") with { Place = At("sy.c") },
            Capture("e", "AFP") with { Place = At("sy.e"), Date = null },
            Capture("f", "AFP") with { Place = At("sy.f"), Date = Tuesday.AddDays(-5) },
        ];
        var stored = Stored(events);
        var outlets = new Dictionary<string, string?>();
        var clusters = ClusterBuilder.Group(stored, EventClusterer.Update(stored, []).ClusterOf, outlets);
        var whole = new List<string>();
        built = whole;
        return new LedgerReport([], clusters, c =>
        {
            whole.Add(c.Id);
            return ClusterBuilder.Of(c, e => e.Event, outlets);
        }, new QuoteSpool());
    }

    private static Place At(string id) => Salhine with { Id = id };

    private static List<string> Members(IEnumerable<EventCluster> clusters) =>
        clusters.Select(c => string.Join(" ", c.EventIds.Select(id => id.Split('-')[0]))).ToList();
}
