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
    // For each place the document may name, the sightings that may name it or a place inside it.
    private readonly Dictionary<string, List<PlaceSighting>> _anchors = [];

    public NamesakeResolver(Gazetteer gazetteer, IReadOnlyList<PlaceSighting> sightings)
    {
        _gazetteer = gazetteer;
        foreach (var sighting in sightings)
        {
            var ids = new HashSet<string>();
            foreach (var candidate in sighting.Candidates)
            {
                if (candidate.Entry.Level is "city" or "province") ids.Add(candidate.Entry.Id);
                // A name with one meaning ("Cheikh Saïd") also says which city the article is about.
                if (sighting.Candidates.Count == 1)
                    foreach (var ancestor in gazetteer.Ancestors(candidate.Entry.Id)) ids.Add(ancestor.Id);
            }
            foreach (var id in ids)
            {
                if (!_anchors.TryGetValue(id, out var list)) _anchors[id] = list = [];
                list.Add(sighting);
            }
        }
    }

    public PlaceCandidate? Choose(PlaceSighting sighting) =>
        sighting.Candidates
            .Select((candidate, order) => (candidate, order, score: Score(candidate, sighting)))
            .OrderByDescending(c => c.score)
            // On a tie, a place whose own name was written beats one that merely has it as an alias.
            .ThenByDescending(c => c.candidate.IsCanonicalName)
            .ThenBy(c => c.order)
            .Select(c => c.candidate)
            .FirstOrDefault();

    private int Score(PlaceCandidate candidate, PlaceSighting sighting)
    {
        var level = candidate.Entry.Level;
        var score = PlaceLevels.Prior(level);
        if (sighting.Cue?.Level is { } cueLevel && PlaceLevels.Fits(cueLevel, level)) score += CueFitBonus;
        foreach (var ancestor in _gazetteer.Ancestors(candidate.Entry.Id))
        {
            if (!_anchors.TryGetValue(ancestor.Id, out var others)) continue;
            var elsewhere = others.Where(o => o != sighting).ToList();
            score += AnchorBonus * Math.Min(elsewhere.Count, MaxAnchorMentions);
            if (elsewhere.Any(o => o.Sentence == sighting.Sentence)) score += SameSentenceBonus;
        }
        return score;
    }
}
