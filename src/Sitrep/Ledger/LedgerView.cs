namespace Sitrep.Ledger;

/// <summary>The ledger as `sitrep ledger --json` and the web API give it: its contradictions, and the clusters chosen, in the order chosen.</summary>
public sealed record LedgerView(IReadOnlyList<Contradiction> Contradictions, IReadOnlyList<EventCluster> Clusters);
