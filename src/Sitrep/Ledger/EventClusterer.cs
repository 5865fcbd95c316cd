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

    private const string IdPrefix = "cl-";

    /// <param name="stored">The stored membership, enumerated once: only what is still current of it is kept.</param>
    /// <remarks>
    /// The events are worked on by their index in id order, in arrays and int-keyed union-find: keyed by their id strings,
    /// the update's dictionaries were ~20 MB of the 50 MB store's live memory at its peak.
    /// </remarks>
    public static ClusterUpdate Update(IReadOnlyList<StoredEvent> events, IEnumerable<ClusterRow> stored)
    {
        // In id order, a cluster's smallest member is its first index, and new events are compared in id order.
        var clusterable = events.Where(e => ClusterRules.IsClusterable(e)).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var (current, dirty, deletes) = Compare(stored, clusterable);
        var dated = Enumerable.Range(0, clusterable.Length).Where(i => clusterable[i].Event.Date is not null).ToList();

        var sets = new DisjointSets(clusterable.Length);
        var index = new CandidateIndex(clusterable);
        var kept = Keep(dated, current, dirty, sets, index);
        var pending = dated.Where(i => !kept[i]).ToList();
        foreach (var i in pending)
        {
            var e = clusterable[i];
            foreach (var other in index.Candidates(e))
                if (sets.Find(other) != sets.Find(i) && ClusterRules.Match(e, clusterable[other]))
                    sets.Union(other, i);
            index.Add(i);
        }
        var clusterOf = new string?[clusterable.Length];
        Name(sets, dated, clusterable, clusterOf);
        var undated = Enumerable.Range(0, clusterable.Length).Where(i => clusterable[i].Event.Date is null).ToList();
        Attach(clusterable, undated, index, clusterOf);

        // Every clusterable event has a cluster, so the rows to delete are those of the events no longer clusterable.
        var changed = Enumerable.Range(0, clusterable.Length).Where(i => current[i] != clusterOf[i]).ToList();
        var upserts = changed.Select(i => new ClusterRow(clusterable[i].Id, clusterOf[i]!, ClusterRules.Fingerprint(clusterable[i])));
        var byId = new Dictionary<string, string>(clusterable.Length, StringComparer.Ordinal);
        for (var i = 0; i < clusterable.Length; i++) byId.Add(clusterable[i].Id, clusterOf[i]!);
        return new ClusterUpdate(byId, upserts, deletes, pending.Count + undated.Count);
    }

    /// <summary>
    /// Reads the stored rows once. <c>Current</c>: by event index, the stored cluster of each event whose fingerprint is
    /// unchanged; <c>Dirty</c>: the clusters that lost an event or hold a changed one; <c>Deletes</c>: the events no longer clusterable.
    /// </summary>
    /// <remarks>Held whole, the rows were ~45 MB of the 50 MB store's update (an event id, a cluster id and a fingerprint each).</remarks>
    private static (string?[] Current, HashSet<string> Dirty, List<string> Deletes) Compare(
        IEnumerable<ClusterRow> stored, IReadOnlyList<StoredEvent> clusterable)
    {
        var indexOf = new Dictionary<string, int>(clusterable.Count, StringComparer.Ordinal);
        for (var i = 0; i < clusterable.Count; i++) indexOf.Add(clusterable[i].Id, i);
        var current = new string?[clusterable.Count];
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var deletes = new List<string>();
        foreach (var row in stored)
        {
            if (!indexOf.TryGetValue(row.EventId, out var i))
            {
                dirty.Add(row.ClusterId);
                deletes.Add(row.EventId);
            }
            // Fingerprints are compared where computed, not kept: a string per event held through the update (~20 MB on the 50 MB store).
            else if (!ClusterRules.HasFingerprint(clusterable[i], row.Fingerprint)) dirty.Add(row.ClusterId);
            else current[i] = row.ClusterId;
        }
        return (current, dirty, deletes);
    }

    /// <summary>Joins the dated members of each stored cluster left intact, and indexes them; returns which events were kept.</summary>
    private static bool[] Keep(IReadOnlyList<int> dated, string?[] current, HashSet<string> dirty, DisjointSets sets, CandidateIndex index)
    {
        var kept = new bool[current.Length];
        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in dated)
        {
            if (current[i] is not { } cluster || dirty.Contains(cluster)) continue;
            if (firstOf.TryGetValue(cluster, out var first)) sets.Union(first, i);
            else firstOf.Add(cluster, i);
            index.Add(i);
            kept[i] = true;
        }
        return kept;
    }

    private static void Attach(StoredEvent[] events, IReadOnlyList<int> undated, CandidateIndex dated, string?[] clusterOf)
    {
        var unmatched = new DisjointSets(events.Length);
        var unmatchedIndex = new CandidateIndex(events);
        foreach (var i in undated)
        {
            var e = events[i];
            var matches = dated.Candidates(e).Where(d => ClusterRules.Match(e, events[d]))
                .Select(d => clusterOf[d]).Distinct().Take(2).ToList();
            if (matches.Count == 1) { clusterOf[i] = matches[0]; continue; }
            if (matches.Count > 1) continue;
            foreach (var other in unmatchedIndex.Candidates(e))
                if (ClusterRules.Match(e, events[other])) unmatched.Union(other, i);
            unmatchedIndex.Add(i);
        }
        Name(unmatched, undated, events, clusterOf);
    }

    /// <summary>A cluster id that depends only on its members: a hash of the smallest member id.</summary>
    /// <remarks>The hash and its digits on the stack: a store names every cluster on each update (130,548 on the 50 MB store).</remarks>
    public static string ClusterId(string smallestEventId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(smallestEventId), hash);
        Span<char> id = stackalloc char[IdPrefix.Length + IdHashChars];
        IdPrefix.CopyTo(id);
        Convert.TryToHexStringLower(hash[..(IdHashChars / 2)], id[IdPrefix.Length..], out _);
        return new string(id);
    }

    /// <summary>Names the sets of <paramref name="members"/> (in index order) that have no cluster yet, after their smallest member.</summary>
    private static void Name(DisjointSets sets, IReadOnlyList<int> members, StoredEvent[] events, string?[] clusterOf)
    {
        var names = new string?[events.Length];
        foreach (var i in members)
        {
            var name = names[sets.Find(i)] ??= ClusterId(events[i].Id);
            clusterOf[i] ??= name;
        }
    }
}
