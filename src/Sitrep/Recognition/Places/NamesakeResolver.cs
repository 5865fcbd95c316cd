using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Chooses one place among namesakes from the document's context: the level the place word asks for,
/// populated places before admin units, and places under a city or province the document names elsewhere
/// (an article about Aleppo means Aleppo's az-Zahra, not a village of the same name).
/// </summary>
internal sealed class NamesakeResolver
{
    private const int CueFitBonus = 20;
    private const int AnchorBonus = 2;
    private const int MaxAnchorMentions = 3;
    private const int SameSentenceBonus = 2;

    private readonly List<PlaceSighting> _sightings;
    // For each place the document may name, how many sightings may name it or a place inside it, in all and per
    // sentence. Counts, not lists of sightings: a list of thousands of names would make each choice read them all.
    // Two tables for the whole document rather than a table of sentences per place: most documents have hundreds of names.
    // Counted at the first choice among namesakes (a document whose names have one meaning each never asks), into the
    // thread's tables, emptied and reused from one document to the next: a resolver lives within one call of the
    // recognizer on one thread, and the tables were half of the places' allocation.
    // Keyed by the gazetteer's entries themselves (one object per id), whose hash is the object's, not its id's.
    private Dictionary<GazetteerEntry, int>? _anchorTotals;
    private Dictionary<(GazetteerEntry Entry, int Sentence), int>? _anchorsBySentence;

    [ThreadStatic] private static Dictionary<GazetteerEntry, int>? t_anchorTotals;
    [ThreadStatic] private static Dictionary<(GazetteerEntry Entry, int Sentence), int>? t_anchorsBySentence;
    // A table grown this large by one document is not kept: emptying it would cost every later document as much.
    private const int MaxKeptAnchors = 4096;

    public NamesakeResolver(List<PlaceSighting> sightings) => _sightings = sightings;

    private void CountAnchors()
    {
        _anchorTotals = Emptied(ref t_anchorTotals, ReferenceEqualityComparer.Instance);
        _anchorsBySentence = Emptied(ref t_anchorsBySentence, EntryInSentence.Instance);
        foreach (var sighting in CollectionsMarshal.AsSpan(_sightings))
        foreach (var anchor in sighting.Namesakes.Anchors)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_anchorTotals, anchor, out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(_anchorsBySentence, (anchor, sighting.Sentence), out _)++;
        }
    }

    private static Dictionary<TKey, int> Emptied<TKey>(ref Dictionary<TKey, int>? table, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        if (table is null || table.EnsureCapacity(0) > MaxKeptAnchors) return table = new(comparer);
        table.Clear();
        return table;
    }

    public PlaceCandidate? Choose(in PlaceSighting sighting)
    {
        var namesakes = sighting.Namesakes;
        var candidates = namesakes.Candidates;
        // Most names have one meaning: nothing to weigh.
        if (candidates.Length <= 1) return candidates.Length == 1 ? candidates[0] : null;
        if (_anchorTotals is null) CountAnchors();
        // The highest score; on a tie, a place whose own name was written beats one that merely has it as an alias,
        // then the first in the list.
        var best = 0;
        var bestScore = Score(candidates[0], namesakes.Ancestors[0], sighting, namesakes.Anchors);
        for (var i = 1; i < candidates.Length; i++)
        {
            var score = Score(candidates[i], namesakes.Ancestors[i], sighting, namesakes.Anchors);
            if (score > bestScore || (score == bestScore && candidates[i].IsCanonicalName && !candidates[best].IsCanonicalName))
                (best, bestScore) = (i, score);
        }
        return candidates[best];
    }

    /// <param name="ancestors">The candidate's parent chain.</param>
    /// <param name="own">The sighting's own <see cref="Namesakes.Anchors"/>: it does not count as a mention elsewhere.</param>
    private int Score(PlaceCandidate candidate, GazetteerEntry[] ancestors, in PlaceSighting sighting, GazetteerEntry[] own)
    {
        var score = candidate.Entry.Prior;
        if (sighting.Cue?.Level is { } cueLevel && PlaceLevels.Fits(cueLevel, candidate.Entry)) score += CueFitBonus;
        foreach (var ancestor in ancestors)
        {
            if (!_anchorTotals!.TryGetValue(ancestor, out var total)) continue;
            var self = Holds(own, ancestor) ? 1 : 0;
            score += AnchorBonus * Math.Min(total - self, MaxAnchorMentions);
            // A sentence holds no more sightings than the document: with none elsewhere, none in the sentence either.
            if (total - self > 0 && _anchorsBySentence!.GetValueOrDefault((ancestor, sighting.Sentence)) - self > 0) score += SameSentenceBonus;
        }
        return score;
    }

    /// <summary>Whether <paramref name="entries"/> holds <paramref name="entry"/>, compared by reference (one object per id)
    /// rather than by the record's fields.</summary>
    private static bool Holds(GazetteerEntry[] entries, GazetteerEntry entry)
    {
        foreach (var e in entries)
            if (ReferenceEquals(e, entry)) return true;
        return false;
    }

    /// <summary>An entry in a sentence, the entry compared by reference as <see cref="ReferenceEqualityComparer"/> does.</summary>
    private sealed class EntryInSentence : IEqualityComparer<(GazetteerEntry Entry, int Sentence)>
    {
        public static readonly EntryInSentence Instance = new();

        public bool Equals((GazetteerEntry Entry, int Sentence) x, (GazetteerEntry Entry, int Sentence) y) =>
            ReferenceEquals(x.Entry, y.Entry) && x.Sentence == y.Sentence;

        public int GetHashCode((GazetteerEntry Entry, int Sentence) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Entry), key.Sentence);
    }
}
