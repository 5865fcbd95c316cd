namespace Sitrep.Storage;

/// <summary>
/// A store that keeps the ledger's cluster membership between runs, so a new document joins the existing clusters
/// without the others being compared again. A store without it gets its clusters computed afresh (same result).
/// </summary>
public interface IClusterStore
{
    /// <summary>The stored rows in event id order, read as they are enumerated.</summary>
    IEnumerable<ClusterRow> ClusterRows();

    /// <param name="upserts">Enumerated once, as they are written.</param>
    void UpdateClusterRows(IEnumerable<ClusterRow> upserts, IReadOnlyCollection<string> deletedEventIds);
}
