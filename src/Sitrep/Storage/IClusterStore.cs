namespace Sitrep.Storage;

/// <summary>
/// A store that keeps the ledger's cluster membership between runs, so a new document joins the existing clusters
/// without the others being compared again. A store without it gets its clusters computed afresh (same result).
/// </summary>
public interface IClusterStore
{
    IReadOnlyList<ClusterRow> ClusterRows();

    void UpdateClusterRows(IReadOnlyCollection<ClusterRow> upserts, IReadOnlyCollection<string> deletedEventIds);
}
