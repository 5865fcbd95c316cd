using Sitrep.Ledger;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

public sealed class EventClustererTests
{
    [Fact]
    public void TwoOutletsCitingTheSameSourceAreOneIndependentSource()
    {
        var cluster = Assert.Single(Cluster([Capture("a", "SOHR", "AFP"), Capture("b", "SOHR"), Capture("c", "al-Mayadeen")]));

        Assert.Equal(3, cluster.Reports.Count);
        Assert.Equal(["SOHR", "al-Mayadeen"], cluster.Sources);
        Assert.Equal(2, cluster.Corroboration);
    }

    [Fact]
    public void AnUncitedReportCountsAsItsOutletElseItsDocument()
    {
        var outlets = Outlets(("a", "Le Quotidien"), ("b", "Le Quotidien"), ("c", null));

        var cluster = Assert.Single(Cluster([Capture("a"), Capture("b"), Capture("c")], outlets));

        Assert.Equal(["Le Quotidien", "c"], cluster.Sources);
    }

    [Fact]
    public void DatesOneDayApartJoinButTwoDaysApartDoNot()
    {
        var clusters = Cluster(
        [
            Capture("a", "SOHR"), Capture("b", "SANA") with { Date = Tuesday.AddDays(1) },
            Capture("c", "SOHR") with { Date = Tuesday.AddDays(-2) },
        ]);

        Assert.Equal(["a b", "c"], Members(clusters));
    }

    [Fact]
    public void AnUndatedReportJoinsTheOneEventItMatches()
    {
        var clusters = Cluster([Capture("a", "SOHR"), Capture("b", "SANA") with { Date = null }, Capture("c", "AFP") with { Date = null }]);

        Assert.Equal(["a b c"], Members(clusters));
    }

    [Fact]
    public void AnUndatedReportMatchingTwoEventsBridgesNeither()
    {
        var clusters = Cluster([Capture("a", "SOHR"), Capture("b", "SANA") with { Date = null }, Capture("c", "AFP") with { Date = Tuesday.AddDays(3) }]);

        Assert.Equal(["a", "b", "c"], Members(clusters));
    }

    [Fact]
    public void OtherTypesPlacesOrActorsAreOtherEvents()
    {
        var clusters = Cluster(
        [
            Capture("a", "SOHR"),
            Capture("b", "SOHR") with { SubEventType = "Armed clash", EventType = "Battles" },
            Capture("c", "SOHR") with { Place = Salhine with { Id = "sy.aleppo.ferdous", Name = "al-Fardos" } },
            Capture("d", "SOHR") with { Actor1 = "Hezbollah" },
            Capture("e", "SANA") with { Actor2 = null },
        ]);

        Assert.Equal(["a e", "b", "c", "d"], Members(clusters));
    }

    [Fact]
    public void TheSidesOfAClashMayBeNamedInEitherOrder()
    {
        var clash = Capture("a", "SOHR") with { SubEventType = "Armed clash" };
        var swapped = clash with { DocId = "b", Actor1 = clash.Actor2, Actor2 = clash.Actor1, Sources = ["SANA"] };

        Assert.Equal(2, Assert.Single(Cluster([clash, swapped])).Corroboration);
    }

    [Fact]
    public void DeniedPlannedAndPlacelessEventsAreInNoCluster()
    {
        var update = EventClusterer.Update(Stored(
        [
            Capture("a", "SOHR") with { Negated = true },
            Capture("b", "SOHR") with { Hedged = true },
            Capture("c", "SOHR") with { Place = null, Location = null },
        ]), []);

        Assert.Empty(update.ClusterOf);
    }

    [Fact]
    public void DocumentsAddedOneAtATimeInAnyOrderGiveTheClustersOfOneRun()
    {
        Event[] events =
        [
            Capture("a", "SOHR"), Capture("b", "SANA") with { Date = null }, Capture("c", "AFP") with { Date = Tuesday.AddDays(2) },
            Capture("d", "AFP") with { Date = Tuesday.AddDays(1) }, Capture("e", "SOHR") with { Actor1 = "Hezbollah" },
        ];
        var all = EventClusterer.Update(Stored(events), []).ClusterOf;

        foreach (var order in new[] { "abcde", "edcba", "cadbe" })
        {
            IReadOnlyList<ClusterRow> rows = [];
            var arrived = new List<Event>();
            foreach (var doc in order)
            {
                arrived.Add(events.Single(e => e.DocId == doc.ToString()));
                rows = Apply(rows, EventClusterer.Update(Stored(arrived), rows));
            }
            Assert.Equal(all.OrderBy(p => p.Key), rows.ToDictionary(r => r.EventId, r => r.ClusterId).OrderBy(p => p.Key));
        }
    }

    [Fact]
    public void StoredClustersAreKeptAndOnlyNewEventsAreCompared()
    {
        var first = EventClusterer.Update(Stored([Capture("a", "SOHR"), Capture("b", "SANA")]), []);

        var second = EventClusterer.Update(Stored([Capture("a", "SOHR"), Capture("b", "SANA"), Capture("c", "AFP")]), first.Upserts);

        Assert.Equal(1, second.Placed);
        Assert.Single(second.ClusterOf.Values.Distinct());
    }

    [Fact]
    public void ARecodedDocumentThatNoLongerBridgesTwoReportsSplitsTheirCluster()
    {
        var bridge = Capture("b", "SANA") with { Date = Tuesday.AddDays(1) };
        Event[] ends = [Capture("a", "SOHR"), Capture("c", "AFP") with { Date = Tuesday.AddDays(2) }];
        var joined = EventClusterer.Update(Stored([ends[0], bridge, ends[1]]), []);
        Assert.Single(joined.ClusterOf.Values.Distinct());

        var recoded = bridge with { Place = Salhine with { Id = "sy.aleppo.ferdous" } };
        var split = EventClusterer.Update(Stored([ends[0], recoded, ends[1]]), joined.Upserts);

        Assert.Equal(3, split.ClusterOf.Values.Distinct().Count());
        Assert.Equal(3, split.Placed);
        Assert.Empty(split.Deletes);
    }

    [Fact]
    public void ARemovedEventsRowIsDeleted()
    {
        var before = EventClusterer.Update(Stored([Capture("a", "SOHR"), Capture("b", "SANA")]), []);
        var removedId = Stored([Capture("b", "SANA")])[0].Id;

        var after = EventClusterer.Update(Stored([Capture("a", "SOHR")]), before.Upserts);

        Assert.Equal([removedId], after.Deletes);
        Assert.Single(after.ClusterOf);
    }

    private static List<string> Members(IEnumerable<EventCluster> clusters) =>
        clusters.Select(c => string.Join(' ', c.Reports.Select(r => r.DocId).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

    private static IReadOnlyList<ClusterRow> Apply(IReadOnlyList<ClusterRow> rows, ClusterUpdate update) =>
        rows.Where(r => !update.Deletes.Contains(r.EventId))
            .ExceptBy(update.Upserts.Select(u => u.EventId), r => r.EventId)
            .Concat(update.Upserts).ToList();
}
