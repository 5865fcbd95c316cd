using Microsoft.AspNetCore.Http;
using Sitrep.Ledger;
using Sitrep.Ledger.Framing;
using Sitrep.Web.Api;

namespace Sitrep.Web.Ledger;

/// <summary>How often an outlet (the document id where it is unknown) calls an actor by a word ("terroriste", "rebelle").</summary>
public sealed record FramingCount(string Outlet, string Actor, string Word, int Count);

/// <summary>
/// The library's ledger and framing table over the served store, as `sitrep ledger` and `sitrep framing` compute
/// them, read afresh on each request (<see cref="EventLedger.Read"/> writes nothing back).
/// </summary>
public sealed class StoreLedger(ReadOnlyStore store, EventLedger ledger, FramingLexicon lexicon)
{
    public static StoreLedger Load(ReadOnlyStore store, string language) =>
        new(store, EventLedger.Load(language), FramingLexicon.Load(language));

    /// <summary>
    /// `sitrep ledger --json`: every contradiction, and the clusters with at least <c>minSources</c> independent
    /// sources (as <c>--min-sources</c>) and <c>minReports</c> reports, both 1 unless the query says otherwise.
    /// </summary>
    public LedgerView Read(IQueryCollection query)
    {
        var minSources = QueryNumber.Read(query, "minSources", 1, 1, int.MaxValue);
        var minReports = QueryNumber.Read(query, "minReports", 1, 1, int.MaxValue);
        using var documents = store.OpenDocuments();
        var report = ledger.Read(documents);
        return new LedgerView(report.Contradictions,
            report.ByCorroboration().Where(c => c.Corroboration >= minSources && c.Reports.Count >= minReports).ToList());
    }

    /// <summary>`sitrep framing`'s table, one count per outlet, actor and word, most used words first.</summary>
    public IReadOnlyList<FramingCount> Framing()
    {
        using var documents = store.OpenDocuments();
        return FramingTable.Build(documents.ReadLabels(), EventLedger.OutletsOf(documents.DocumentHeaders()), lexicon)
            .SelectMany(row => row.Words.Select(w => new FramingCount(row.Outlet, row.Actor, w.Word, w.Count)))
            .ToList();
    }
}
