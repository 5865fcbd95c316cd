namespace Sitrep.Ledger;

/// <summary>One document's telling of an event or a figure: where, who says it (chain nearest first), in which words.</summary>
/// <param name="Origin">The independent source (<see cref="SourceOrigin"/>).</param>
public sealed record Report(string DocId, string? Outlet, IReadOnlyList<string> Sources, string Origin, string Quote);
