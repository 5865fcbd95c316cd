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

    private readonly Gazetteer _gazetteer;
    private readonly List<PlaceSighting> _sightings;
    // For each place the document may name, how many sightings may name it or a place inside it, in all and per
    // sentence. Counts, not lists of sightings: a list of thousands of names would make each choice read them all.
    // Two tables for the whole document rather than a table of sentences per place: most documents have hundreds of names.
    // Counted at the first choice among namesakes (a document whose names have one meaning each never asks), into the
    // thread's tables, emptied and reused from one document to the next: a resolver lives within one call of the
    // recognizer on one thread, and the tables were half of the places' allocation.
    private Dictionary<string, int>? _anchorTotals;
    private Dictionary<(string Id, int Sentence), int>? _anchorsBySentence;

    [ThreadStatic] private static Dictionary<string, int>? t_anchorTotals;
    [ThreadStatic] private static Dictionary<(string Id, int Sentence), int>? t_anchorsBySentence;
    // A table grown this large by one document is not kept: emptying it would cost every later document as much.
    private const int MaxKeptAnchors = 4096;

    public NamesakeResolver(Gazetteer gazetteer, List<PlaceSighting> sightings)
    {
        _gazetteer = gazetteer;
        _sightings = sightings;
    }

    private void CountAnchors()
    {
        _anchorTotals = Emptied(ref t_anchorTotals);
        _anchorsBySentence = Emptied(ref t_anchorsBySentence);
        foreach (var sighting in _sightings)
        foreach (var id in _gazetteer.Facts(sighting.Candidates).AnchorIds)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_anchorTotals, id, out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(_anchorsBySentence, (id, sighting.Sentence), out _)++;
        }
    }

    private static Dictionary<TKey, int> Emptied<TKey>(ref Dictionary<TKey, int>? table) where TKey : notnull
    {
        if (table is null || table.EnsureCapacity(0) > MaxKeptAnchors) return table = [];
        table.Clear();
        return table;
    }

    public PlaceCandidate? Choose(PlaceSighting sighting)
    {
        var candidates = sighting.Candidates;
        // Most names have one meaning: nothing to weigh.
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        if (_anchorTotals is null) CountAnchors();
        var facts = _gazetteer.Facts(candidates);
        // The highest score; on a tie, a place whose own name was written beats one that merely has it as an alias,
        // then the first in the list.
        var best = 0;
        var bestScore = Score(candidates[0], facts.Ancestors[0], sighting, facts.AnchorIds);
        for (var i = 1; i < candidates.Count; i++)
        {
            var score = Score(candidates[i], facts.Ancestors[i], sighting, facts.AnchorIds);
            if (score > bestScore || (score == bestScore && candidates[i].IsCanonicalName && !candidates[best].IsCanonicalName))
                (best, bestScore) = (i, score);
        }
        return candidates[best];
    }

    /// <param name="ancestors">The candidate's parent chain.</param>
    /// <param name="own">The sighting's own <see cref="NamesakeFacts.AnchorIds"/>: it does not count as a mention elsewhere.</param>
    private int Score(PlaceCandidate candidate, GazetteerEntry[] ancestors, PlaceSighting sighting, string[] own)
    {
        var level = candidate.Entry.Level;
        var score = PlaceLevels.Prior(level);
        if (sighting.Cue?.Level is { } cueLevel && PlaceLevels.Fits(cueLevel, level)) score += CueFitBonus;
        foreach (var ancestor in ancestors)
        {
            if (!_anchorTotals!.TryGetValue(ancestor.Id, out var total)) continue;
            var self = own.Contains(ancestor.Id) ? 1 : 0;
            score += AnchorBonus * Math.Min(total - self, MaxAnchorMentions);
            if (_anchorsBySentence!.GetValueOrDefault((ancestor.Id, sighting.Sentence)) - self > 0) score += SameSentenceBonus;
        }
        return score;
    }
}
