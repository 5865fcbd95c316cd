namespace Sitrep.Web.Ledger;

/// <summary>One document's report of an event in a cluster.</summary>
public sealed record ClusterReport(string EventId, string DocId, string? Outlet, IReadOnlyList<string> Sources, int? Fatalities, string Quote);

/// <summary>The same event as several documents report it.</summary>
public sealed record EventCluster(string SubEventType, string? Place, string? Date, IReadOnlyList<ClusterReport> Reports);

/// <summary>One side of a contradiction: a figure as one document and its sources give it.</summary>
public sealed record ClaimSide(string DocId, string? Outlet, double Value, IReadOnlyList<string> Sources, string Quote);

/// <summary>Two claims on the same quantity, unit and date that disagree.</summary>
public sealed record Contradiction(string Quantity, string? Unit, string? Date, ClaimSide First, ClaimSide Second);

/// <summary>How often an outlet calls an actor by a word ("terroriste", "rebelle").</summary>
public sealed record FramingCount(string Outlet, string Actor, string Word, int Count);

/// <summary>
/// What the page needs from the cross-document ledger. <see cref="StoredLedgerSource"/> computes a simple
/// version from the store; the library's ledger can take its place without the page changing.
/// </summary>
public interface ILedgerSource
{
    /// <summary>Clusters reported by at least two documents.</summary>
    IReadOnlyList<EventCluster> Clusters();

    IReadOnlyList<Contradiction> Contradictions();

    IReadOnlyList<FramingCount> Framing();
}
