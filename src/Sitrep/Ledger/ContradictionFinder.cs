using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>
/// Finds figures that independent sources disagree on (<see cref="ValueTolerance"/>): claims with one key, and the
/// casualties reports of one event cluster give. A source that gives two figures for one thing is not contradicted
/// by itself: it may have updated its count.
/// </summary>
public static class ContradictionFinder
{
    public static IReadOnlyList<Contradiction> InClaims(IEnumerable<(ClaimKey Key, double Value, Report Report)> claims) =>
        claims.GroupBy(c => c.Key)
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .SelectMany(g => Pairs("claim", g.Key.ToString(), g.Select(c => (c.Value, c.Report))))
            .ToList();

    public static IReadOnlyList<Contradiction> InCluster(EventCluster cluster, IReadOnlyList<Event> members, IReadOnlyDictionary<string, string?> outletOf)
    {
        var subject = $"{cluster.Id} {cluster.SubEventType} at {cluster.Place}";
        var reported = members.Select(e => (Event: e, Report: ClusterBuilder.ReportOf(e, outletOf))).ToList();
        return Pairs("fatalities", subject, reported.Where(r => r.Event.Fatalities is not null).Select(r => ((double)r.Event.Fatalities!.Value, r.Report)))
            .Concat(Pairs("injured", subject, reported.Where(r => r.Event.Injured is not null).Select(r => ((double)r.Event.Injured!.Value, r.Report))))
            .ToList();
    }

    /// <summary>Every pair of different sources whose figures differ; each source's figures once, in first-seen order.</summary>
    private static IEnumerable<Contradiction> Pairs(string kind, string subject, IEnumerable<(double Value, Report Report)> figures)
    {
        var distinct = figures.DistinctBy(f => (f.Report.Origin.ToUpperInvariant(), f.Value)).ToList();
        for (var i = 0; i < distinct.Count; i++)
        for (var j = i + 1; j < distinct.Count; j++)
        {
            var (a, b) = (distinct[i], distinct[j]);
            if (!SourceOrigin.Comparer.Equals(a.Report.Origin, b.Report.Origin) && ValueTolerance.Differ(a.Value, b.Value))
                yield return new Contradiction(kind, subject, a.Value, a.Report, b.Value, b.Report);
        }
    }
}
