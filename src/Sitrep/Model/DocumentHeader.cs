namespace Sitrep.Model;

/// <summary>What the ledger and framing read of a document: who published it and when, not its text.</summary>
public sealed record DocumentHeader(string Id, string? Outlet, PartialDate? Published);
