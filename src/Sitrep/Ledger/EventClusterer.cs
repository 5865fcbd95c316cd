using System.Security.Cryptography;
using System.Text;
using Sitrep.Storage;

namespace Sitrep.Ledger;

/// <summary>
/// Groups reports of the same event across documents. A cluster is a connected group of events linked by
/// <see cref="ClusterRules.Match"/>, so the result does not depend on the order documents arrive in, and is named
/// after its smallest event id. Incremental: stored clusters are kept as they are, and only new events, and the
/// members of clusters that lost or changed an event (which may now fall apart), are compared again.
/// </summary>
public static class EventClusterer
{
    private const int IdHashChars = 12;

    public static ClusterUpdate Update(IReadOnlyList<StoredEvent> events, IReadOnlyList<ClusterRow> stored)
    {
        var clusterable = events.Where(e => ClusterRules.IsClusterable(e.Event))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        var fingerprints = clusterable.ToDictionary(p => p.Key, p => ClusterRules.Fingerprint(p.Value.Event), StringComparer.Ordinal);
        var dirty = stored
            .Where(r => !fingerprints.TryGetValue(r.EventId, out var f) || f != r.Fingerprint)
            .Select(r => r.ClusterId).ToHashSet(StringComparer.Ordinal);

        var sets = new DisjointSets();
        var index = new CandidateIndex();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in stored.Where(r => !dirty.Contains(r.ClusterId)).GroupBy(r => r.ClusterId))
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

        var pending = clusterable.Values.Where(e => !kept.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var e in pending)
        {
            sets.Add(e.Id);
            foreach (var other in index.Candidates(e))
                if (sets.Find(other.Id) != sets.Find(e.Id) && ClusterRules.Match(e.Event, other.Event))
                    sets.Union(other.Id, e.Id);
            index.Add(e);
        }

        var clusterOf = Name(sets);
        var storedById = stored.ToDictionary(r => r.EventId, StringComparer.Ordinal);
        var upserts = clusterOf
            .Select(p => new ClusterRow(p.Key, p.Value, fingerprints[p.Key]))
            .Where(r => storedById.GetValueOrDefault(r.EventId) != r)
            .OrderBy(r => r.EventId, StringComparer.Ordinal).ToList();
        var deletes = stored.Where(r => !clusterOf.ContainsKey(r.EventId)).Select(r => r.EventId).ToList();
        return new ClusterUpdate(clusterOf, upserts, deletes, pending.Count);
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
