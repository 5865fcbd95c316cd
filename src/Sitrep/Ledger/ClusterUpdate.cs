using Sitrep.Storage;

namespace Sitrep.Ledger;

/// <summary>The clusters after an update, and what must change in the stored membership to match.</summary>
/// <param name="ClusterOf">Cluster id of every clustered event, by event id.</param>
/// <param name="Upserts">The rows to write, in event id order, made as they are enumerated.</param>
/// <param name="Placed">How many events were (re)placed by comparison rather than kept as stored.</param>
public sealed record ClusterUpdate(
    IReadOnlyDictionary<string, string> ClusterOf,
    IEnumerable<ClusterRow> Upserts,
    IReadOnlyList<string> Deletes,
    int Placed);
