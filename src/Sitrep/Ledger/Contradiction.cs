namespace Sitrep.Ledger;

/// <summary>Two independent sources giving different figures for the same thing.</summary>
/// <param name="Kind">"claim" (same <see cref="ClaimKey"/>), or "fatalities" / "injured" (same event cluster).</param>
/// <param name="Subject">The claim key, or the cluster id with its place.</param>
public sealed record Contradiction(string Kind, string Subject, double ValueA, Report A, double ValueB, Report B);
