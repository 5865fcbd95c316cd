namespace Sitrep.Ledger;

/// <summary>What the export says of an event's cluster.</summary>
public sealed record ClusterRef(string ClusterId, int Corroboration);
