using Sitrep.Ledger;
using Sitrep.Model;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

public sealed class ContradictionTests
{
    private static readonly ClaimKey Share = new("% quartier", "sy.aleppo", Tuesday);

    [Theory]
    [InlineData(70, 73, true)]
    [InlineData(70, 70.4, false)]
    [InlineData(1200, 1210, false)]
    [InlineData(68, 70, true)]
    public void FiguresDifferBeyondTheStatedTolerance(double a, double b, bool differ)
    {
        Assert.Equal(differ, ValueTolerance.Differ(a, b));
        Assert.Equal(differ, ValueTolerance.Differ(b, a));
    }

    [Fact]
    public void TwoSourcesGivingDifferentValuesForOneKeyContradictEachOther()
    {
        var found = ContradictionFinder.InClaims([Keyed(Share, 70, "SOHR", "AFP"), Keyed(Share, 73, "Syrian War Media")]);

        var contradiction = Assert.Single(found);
        Assert.Equal((70.0, "SOHR", 73.0, "Syrian War Media"), (contradiction.ValueA, contradiction.A.Origin, contradiction.ValueB, contradiction.B.Origin));
        Assert.Contains("70", contradiction.A.Quote);
    }

    [Fact]
    public void OneSourceCorrectingItselfOrAnotherKeyIsNoContradiction()
    {
        var otherDay = Share with { Date = Tuesday.AddDays(1) };

        Assert.Empty(ContradictionFinder.InClaims([Keyed(Share, 70, "SOHR"), Keyed(Share, 73, "SOHR", "AFP"), Keyed(otherDay, 80, "SANA")]));
    }

    [Fact]
    public void CasualtyFiguresOfOneClusterThatDifferBetweenSourcesAreContradictions()
    {
        Event[] events = [Capture("a", "SOHR") with { Fatalities = 12 }, Capture("b", "White Helmets") with { Fatalities = 20, Injured = 3 }];
        var cluster = Assert.Single(Cluster(events));

        var contradiction = Assert.Single(ContradictionFinder.InCluster(cluster, events, Outlets()));

        Assert.Equal(("fatalities", 12.0, 20.0), (contradiction.Kind, contradiction.ValueA, contradiction.ValueB));
        Assert.StartsWith(cluster.Id, contradiction.Subject);
    }

    private static (ClaimKey, double, Report) Keyed(ClaimKey key, double value, params string[] sources) =>
        (key, value, new Report("d", null, sources, SourceOrigin.Of(sources, "d", null), $"{value}% des quartiers"));
}
