using Sitrep.Model;

namespace Sitrep.Ledger.Framing;

/// <summary>
/// Label words per outlet and actor, with each outlet's loaded-label share. Counts are of stored labels: the coder
/// keeps one label per actor and word in a document, so a count is the number of the outlet's documents using it.
/// </summary>
public static class FramingTable
{
    public static IReadOnlyList<FramingRow> Build(IEnumerable<Label> labels, IReadOnlyDictionary<string, string?> outletOf, FramingLexicon lexicon) =>
        labels.GroupBy(l => (Outlet: OutletOf(l.DocId, outletOf), l.Actor))
            .Select(g => Row(g.Key.Outlet, g.Key.Actor, g.ToList(), lexicon))
            .OrderBy(r => r.Outlet, StringComparer.Ordinal).ThenBy(r => r.Actor, StringComparer.Ordinal)
            .ToList();

    /// <summary>The outlet of a document, or the document id where the outlet is unknown.</summary>
    public static string OutletOf(string docId, IReadOnlyDictionary<string, string?> outletOf) =>
        outletOf.GetValueOrDefault(docId) is { Length: > 0 } outlet ? outlet : docId;

    private static FramingRow Row(string outlet, string actor, IReadOnlyList<Label> labels, FramingLexicon lexicon)
    {
        var words = labels.GroupBy(l => l.Word)
            .Select(g => new WordCount(g.Key, g.Count()))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
        var loaded = labels.Count(l => lexicon.FrameOf(actor, l.Word) == Frame.Loaded);
        var neutral = labels.Count(l => lexicon.FrameOf(actor, l.Word) == Frame.Neutral);
        double? share = lexicon.Covers(actor) && loaded + neutral > 0 ? (double)loaded / (loaded + neutral) : null;
        return new FramingRow(outlet, actor, words, loaded, neutral, share);
    }
}
