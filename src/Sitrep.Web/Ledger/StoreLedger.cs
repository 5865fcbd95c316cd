using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Ledger;
using Sitrep.Ledger.Framing;
using Sitrep.Web.Api;

namespace Sitrep.Web.Ledger;

/// <summary>How often an outlet (the document id where it is unknown) calls an actor by a word ("terroriste", "rebelle").</summary>
public sealed record FramingCount(string Outlet, string Actor, string Word, int Count);

/// <summary>The ledger's contradictions, and one page of its clusters with most independent sources first.</summary>
/// <param name="Total">How many clusters the filters keep, on every page.</param>
public sealed record LedgerPage(IReadOnlyList<Contradiction> Contradictions, int Total, int Page, int Size, IReadOnlyList<EventCluster> Clusters);

/// <summary>
/// The library's ledger and framing table over the served store, as `sitrep ledger` and `sitrep framing` compute
/// them (<see cref="EventLedger.Read"/> writes nothing back). The ledger is built again only when the store's documents
/// have changed since it was last built: on a 50 MB store a build takes ~10 s, a page of a built one a few ms.
/// </summary>
public sealed class StoreLedger(ReadOnlyStore store, EventLedger ledger, FramingLexicon lexicon) : IDisposable
{
    /// <summary>Requests take turns: a build is shared by those that wait for it, and a report reads its quotes from one file.</summary>
    private readonly Lock _turn = new();
    private (string Documents, LedgerReport Report)? _built;

    public static StoreLedger Load(ReadOnlyStore store, string language) =>
        new(store, EventLedger.Load(language), FramingLexicon.Load(language));

    /// <summary>
    /// `sitrep ledger --json`: every contradiction, and a page of the clusters with at least <c>minSources</c>
    /// independent sources (as <c>--min-sources</c>) and <c>minReports</c> reports, both 1 unless the query says
    /// otherwise; paged as the events are (<c>page</c>, <c>size</c>), only the page's clusters built whole.
    /// </summary>
    public LedgerPage Read(IQueryCollection query)
    {
        var minSources = QueryNumber.Read(query, "minSources", 1, 1, int.MaxValue);
        var minReports = QueryNumber.Read(query, "minReports", 1, 1, int.MaxValue);
        var page = QueryNumber.Read(query, "page", 1, 1, int.MaxValue);
        var size = QueryNumber.Read(query, "size", EventRows.DefaultSize, 1, EventRows.MaxSize);
        lock (_turn)
        {
            var report = Current();
            var ranked = report.Ranked(minSources, minReports);
            var clusters = ranked.Skip((int)Math.Min((long)(page - 1) * size, int.MaxValue)).Take(size).Select(report.Whole).ToList();
            return new LedgerPage(report.Contradictions, ranked.Count, page, size, clusters);
        }
    }

    /// <summary>
    /// The report of the store as it is. Every write of a document adds a row or writes it anew (<see
    /// cref="SqlDialect.RowsWritten"/>), and gives it the time of its coding: the latest time alone would miss a write
    /// made after the clock was set back, the rows alone the last row written again.
    /// </summary>
    private LedgerReport Current()
    {
        var documents = store.Query($"SELECT count(*), {store.Dialect.RowsWritten}, max(coded_at) FROM documents",
            r => string.Join(' ', r.GetInt64(0), Convert.ToString(r.GetValue(1), CultureInfo.InvariantCulture),
                r.IsDBNull(2) ? "" : r.GetString(2))).Single();
        if (_built is { } built && built.Documents == documents) return built.Report;
        _built?.Report.Dispose();
        _built = null;
        using var reader = store.OpenDocuments();
        _built = (documents, ledger.Read(reader));
        return _built.Value.Report;
    }

    /// <summary>`sitrep framing`'s table, one count per outlet, actor and word, most used words first.</summary>
    public IReadOnlyList<FramingCount> Framing()
    {
        using var documents = store.OpenDocuments();
        return FramingTable.Build(documents.ReadLabels(), EventLedger.OutletsOf(documents.DocumentHeaders()), lexicon)
            .SelectMany(row => row.Words.Select(w => new FramingCount(row.Outlet, row.Actor, w.Word, w.Count)))
            .ToList();
    }

    public void Dispose()
    {
        lock (_turn) _built?.Report.Dispose();
    }
}
