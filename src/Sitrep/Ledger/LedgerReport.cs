namespace Sitrep.Ledger;

/// <summary>The ledger over a whole store: event clusters, and the figures independent sources disagree on.</summary>
public sealed record LedgerReport(IReadOnlyList<EventCluster> Clusters, IReadOnlyList<Contradiction> Contradictions)
{
    /// <summary>Clusters with most independent sources first, then most reports, then by date and id.</summary>
    public IReadOnlyList<EventCluster> ByCorroboration() =>
        Clusters.OrderByDescending(c => c.Corroboration).ThenByDescending(c => c.Reports.Count)
            .ThenBy(c => c.Date).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
}
