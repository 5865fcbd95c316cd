using System.Security.Cryptography;
using System.Text;
using Sitrep.Storage;

namespace Sitrep.Ledger;

/// <summary>
/// Groups reports of the same event across documents. Dated events form connected groups under
/// <see cref="ClusterRules.Match"/>, so the result does not depend on the order documents arrive in; a cluster is
/// named after its smallest dated member. An undated report joins the one group it matches; matching several, it
/// stays alone rather than bridge events days apart; matching none, it groups with the undated reports it matches.
/// Incremental: stored clusters are kept as they are, and only new dated events, the members of clusters that lost
/// or changed an event (which may now fall apart), and the undated reports (few, and cheap) are compared again.
/// </summary>
public static class EventClusterer
{
    private const int IdHashChars = 12;

    public static ClusterUpdate Update(IReadOnlyList<StoredEvent> events, IReadOnlyList<ClusterRow> stored)
    {
        var clusterable = events.Where(e => ClusterRules.IsClusterable(e))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        // Fingerprints are computed where compared, not kept: a string per event held through the update (~20 MB on the 50 MB store).
        var dirty = stored
            .Where(r => !clusterable.TryGetValue(r.EventId, out var e) || ClusterRules.Fingerprint(e) != r.Fingerprint)
            .Select(r => r.ClusterId).ToHashSet(StringComparer.Ordinal);

        var sets = new DisjointSets();
        var index = new CandidateIndex();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in stored.Where(r => !dirty.Contains(r.ClusterId) && clusterable[r.EventId].Event.Date is not null)
                     .GroupBy(r => r.ClusterId))
        {
            var first = cluster.First().EventId;
            foreach (var row in cluster)
            {
                sets.Add(row.EventId);
                sets.Union(first, row.EventId);
                index.Add(clusterable[row.EventId]);
                kept.Add(row.EventId);
            }
        }

        var pending = clusterable.Values.Where(e => e.Event.Date is not null && !kept.Contains(e.Id))
            .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var e in pending)
        {
            sets.Add(e.Id);
            foreach (var other in index.Candidates(e))
                if (sets.Find(other.Id) != sets.Find(e.Id) && ClusterRules.Match(e, other))
                    sets.Union(other.Id, e.Id);
            index.Add(e);
        }
        var clusterOf = Name(sets);
        var undated = clusterable.Values.Where(e => e.Event.Date is null).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Attach(undated, index, clusterOf);

        var storedById = stored.ToDictionary(r => r.EventId, StringComparer.Ordinal);
        var upserts = clusterOf
            .Select(p => new ClusterRow(p.Key, p.Value, ClusterRules.Fingerprint(clusterable[p.Key])))
            .Where(r => storedById.GetValueOrDefault(r.EventId) != r)
            .OrderBy(r => r.EventId, StringComparer.Ordinal).ToList();
        var deletes = stored.Where(r => !clusterOf.ContainsKey(r.EventId)).Select(r => r.EventId).ToList();
        return new ClusterUpdate(clusterOf, upserts, deletes, pending.Count + undated.Count);
    }

    private static void Attach(IReadOnlyList<StoredEvent> undated, CandidateIndex dated, Dictionary<string, string> clusterOf)
    {
        var unmatched = new DisjointSets();
        var unmatchedIndex = new CandidateIndex();
        foreach (var e in undated)
        {
            var matches = dated.Candidates(e).Where(d => ClusterRules.Match(e, d))
                .Select(d => clusterOf[d.Id]).Distinct().Take(2).ToList();
            unmatched.Add(e.Id);
            if (matches.Count == 1) { clusterOf[e.Id] = matches[0]; continue; }
            if (matches.Count > 1) continue;
            foreach (var other in unmatchedIndex.Candidates(e))
                if (ClusterRules.Match(e, other)) unmatched.Union(other.Id, e.Id);
            unmatchedIndex.Add(e);
        }
        foreach (var (id, cluster) in Name(unmatched))
            clusterOf.TryAdd(id, cluster);
    }

    /// <summary>A cluster id that depends only on its members: a hash of the smallest member id.</summary>
    public static string ClusterId(string smallestEventId) =>
        "cl-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(smallestEventId)))[..IdHashChars];

    private static Dictionary<string, string> Name(DisjointSets sets)
    {
        var smallest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in sets.Keys)
        {
            var root = sets.Find(key);
            if (!smallest.TryGetValue(root, out var min) || string.CompareOrdinal(key, min) < 0) smallest[root] = key;
        }
        var names = smallest.ToDictionary(p => p.Key, p => ClusterId(p.Value), StringComparer.Ordinal);
        return sets.Keys.ToDictionary(k => k, k => names[sets.Find(k)], StringComparer.Ordinal);
    }
}
