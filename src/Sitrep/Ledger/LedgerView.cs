namespace Sitrep.Ledger;

/// <summary>
/// The ledger as `sitrep ledger --json` prints it: its contradictions, and the clusters chosen, in the order chosen,
/// each built as the serializer reaches it (<see cref="LedgerReport.ByCorroboration"/>).
/// </summary>
public sealed record LedgerView(IReadOnlyList<Contradiction> Contradictions, IEnumerable<EventCluster> Clusters);
