using Sitrep.Web.Api;

namespace Sitrep.Web.Ledger;

/// <summary>
/// A plain ledger read straight from the store: events cluster by sub-event type, place and day; claims
/// contradict when two documents give different values for the same quantity, unit and day;
/// framing counts each outlet's labels per actor and word.
/// </summary>
public sealed class StoredLedgerSource(ReadOnlyStore store) : ILedgerSource
{
    private const string UnknownOutlet = "(unknown outlet)";

    public IReadOnlyList<EventCluster> Clusters()
    {
        var rows = store.Query(
            """
            SELECT e.sub_event_type, coalesce(e.place_id, e.location), coalesce(e.place_name, e.location), e.date,
                   e.event_id, e.doc_id, d.outlet, e.sources, e.fatalities, e.quote
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE e.date IS NOT NULL AND coalesce(e.place_id, e.location) IS NOT NULL AND e.negated = 0
            ORDER BY e.date DESC, e.sub_event_type, 2, e.doc_id, e.position
            """,
            r => (Key: (r.GetString(0), r.GetString(1), r.GetString(3)), Place: r.GetString(2),
                Report: new ClusterReport(r.GetString(4), r.GetString(5), r.Text(6), r.List(7), r.Int(8), r.GetString(9))));
        return rows.GroupBy(row => row.Key)
            .Where(g => g.Select(row => row.Report.DocId).Distinct().Count() >= 2)
            .Select(g => new EventCluster(g.Key.Item1, g.First().Place, g.Key.Item3, g.Select(row => row.Report).ToList()))
            .ToList();
    }

    public IReadOnlyList<Contradiction> Contradictions()
    {
        var rows = store.Query(
            """
            SELECT c.quantity, c.unit, c.date, c.doc_id, d.outlet, c.value, c.sources, c.quote
            FROM claims c JOIN documents d ON d.id = c.doc_id
            WHERE c.date IS NOT NULL
            ORDER BY c.date DESC, c.quantity, c.unit, c.value, c.doc_id, c.position
            """,
            r => (Key: (r.GetString(0), r.Text(1), r.Text(2)),
                Side: new ClaimSide(r.GetString(3), r.Text(4), r.GetDouble(5), r.List(6), r.GetString(7))));
        var contradictions = new List<Contradiction>();
        foreach (var group in rows.GroupBy(row => row.Key))
        {
            // Each distinct value is set beside the next one up (n values give n - 1 pairs, not n²); two
            // figures of one document are more likely two events than a disagreement, so they are not paired.
            var byValue = group.Select(row => row.Side).GroupBy(side => side.Value).Select(g => g.First()).ToList();
            for (var i = 1; i < byValue.Count; i++)
                if (byValue[i - 1].DocId != byValue[i].DocId)
                    contradictions.Add(new Contradiction(group.Key.Item1, group.Key.Item2, group.Key.Item3, byValue[i - 1], byValue[i]));
        }
        return contradictions;
    }

    public IReadOnlyList<FramingCount> Framing() => store.Query(
        $"""
         SELECT coalesce(d.outlet, '{UnknownOutlet}'), l.actor, l.word, count(*)
         FROM labels l JOIN documents d ON d.id = l.doc_id
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC, 3
         """,
        r => new FramingCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)));
}
