using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>
/// The independent source behind a report. Chains are nearest first (EVENTS.md: <c>["SOHR","AFP"]</c> is the SOHR
/// via AFP), so the first element is the one that asserts; two reports whose chains start alike are one source.
/// An empty chain falls back to the document's outlet, else to the document itself.
/// </summary>
public static class SourceOrigin
{
    public static string Of(IReadOnlyList<string> chain, string docId, string? outlet) =>
        chain.Count > 0 && !string.IsNullOrWhiteSpace(chain[0]) ? chain[0].Trim()
        : !string.IsNullOrWhiteSpace(outlet) ? outlet.Trim()
        : docId;

    /// <summary>Origins compare ignoring case, so that "AFP" and "afp" are one source.</summary>
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;
}
