namespace Sitrep.Storage;

/// <summary>
/// One event's place in the ledger's clusters, as stored. <paramref name="Fingerprint"/> holds the event fields
/// the clustering read, so a re-coded event whose fields changed is noticed even when its id stays.
/// </summary>
public sealed record ClusterRow(string EventId, string ClusterId, string Fingerprint);
