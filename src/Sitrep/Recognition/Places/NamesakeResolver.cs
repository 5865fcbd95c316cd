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
    // For each place the document may name, how many sightings may name it or a place inside it, in all and per
    // sentence. Counts, not lists of sightings: a list of thousands of names would make each choice read them all.
    // Two tables for the whole document rather than a table of sentences per place: most documents have hundreds of names.
    private readonly Dictionary<string, int> _anchorTotals = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, int Sentence), int> _anchorsBySentence = [];

    public NamesakeResolver(Gazetteer gazetteer, IReadOnlyList<PlaceSighting> sightings)
    {
        _gazetteer = gazetteer;
        // One set, refilled for each sighting: most documents have hundreds of names.
        var ids = new HashSet<string>();
        foreach (var sighting in sightings)
        foreach (var id in AnchorIds(sighting, ids))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_anchorTotals, id, out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(_anchorsBySentence, (id, sighting.Sentence), out _)++;
        }
    }

    public PlaceCandidate? Choose(PlaceSighting sighting)
    {
        // Most names have one meaning: nothing to weigh.
        if (sighting.Candidates.Count <= 1) return sighting.Candidates.FirstOrDefault();
        var own = AnchorIds(sighting, []);
        return sighting.Candidates
            .Select((candidate, order) => (candidate, order, score: Score(candidate, sighting, own)))
            .OrderByDescending(c => c.score)
            // On a tie, a place whose own name was written beats one that merely has it as an alias.
            .ThenByDescending(c => c.candidate.IsCanonicalName)
            .ThenBy(c => c.order)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }

    /// <summary>The places a sighting counts towards: its cities and provinces, and every ancestor of a name with one meaning.</summary>
    private HashSet<string> AnchorIds(PlaceSighting sighting, HashSet<string> ids)
    {
        ids.Clear();
        foreach (var candidate in sighting.Candidates)
        {
            if (candidate.Entry.Level is "city" or "province") ids.Add(candidate.Entry.Id);
            // A name with one meaning ("Cheikh Saïd") also says which city the article is about.
            if (sighting.Candidates.Count == 1)
                foreach (var ancestor in _gazetteer.AncestorChain(candidate.Entry.Id)) ids.Add(ancestor.Id);
        }
        return ids;
    }

    /// <param name="own">The sighting's own <see cref="AnchorIds"/>: it does not count as a mention elsewhere.</param>
    private int Score(PlaceCandidate candidate, PlaceSighting sighting, HashSet<string> own)
    {
        var level = candidate.Entry.Level;
        var score = PlaceLevels.Prior(level);
        if (sighting.Cue?.Level is { } cueLevel && PlaceLevels.Fits(cueLevel, level)) score += CueFitBonus;
        foreach (var ancestor in _gazetteer.AncestorChain(candidate.Entry.Id))
        {
            if (!_anchorTotals.TryGetValue(ancestor.Id, out var total)) continue;
            var self = own.Contains(ancestor.Id) ? 1 : 0;
            score += AnchorBonus * Math.Min(total - self, MaxAnchorMentions);
            if (_anchorsBySentence.GetValueOrDefault((ancestor.Id, sighting.Sentence)) - self > 0) score += SameSentenceBonus;
        }
        return score;
    }
}
