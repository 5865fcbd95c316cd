namespace Sitrep.Ledger;

/// <summary>
/// The ledger over a whole store: event clusters, and the figures independent sources disagree on. A cluster is built
/// whole (its reports, their quotes) only as it is enumerated; dispose of the report once printed.
/// </summary>
public sealed class LedgerReport : IDisposable
{
    private readonly IReadOnlyList<ClusterMembers> _byCorroboration;
    private readonly Func<ClusterMembers, EventCluster> _whole;
    private readonly IDisposable _quotes;

    /// <param name="whole">Builds a cluster with its reports.</param>
    /// <param name="quotes">What <paramref name="whole"/> reads the quotes from.</param>
    public LedgerReport(IReadOnlyList<Contradiction> contradictions, IEnumerable<ClusterMembers> clusters,
        Func<ClusterMembers, EventCluster> whole, IDisposable quotes)
    {
        Contradictions = contradictions;
        var sorted = clusters.ToArray();
        Array.Sort(sorted, ClusterMembers.ByCorroboration);
        (_byCorroboration, _whole, _quotes) = (sorted, whole, quotes);
    }

    public IReadOnlyList<Contradiction> Contradictions { get; }

    /// <summary>
    /// The clusters with at least <paramref name="minSources"/> independent sources and <paramref name="minReports"/>
    /// reports, most independent sources first, then most reports, then by date and id; each built as it is enumerated.
    /// </summary>
    public IEnumerable<EventCluster> ByCorroboration(int minSources = 1, int minReports = 1) =>
        Ranked(minSources, minReports).Select(_whole);

    /// <summary>The clusters <see cref="ByCorroboration"/> builds, in its order, not yet built: a page builds only its own.</summary>
    public IReadOnlyList<ClusterMembers> Ranked(int minSources = 1, int minReports = 1) =>
        _byCorroboration.Where(c => c.Corroboration >= minSources && c.Reports >= minReports).ToList();

    /// <summary>A cluster of <see cref="Ranked"/> with its reports.</summary>
    public EventCluster Whole(ClusterMembers cluster) => _whole(cluster);

    public void Dispose() => _quotes.Dispose();
}
