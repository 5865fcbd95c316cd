namespace Sitrep.Recognition.Places;

/// <summary>
/// The places one key may name (<see cref="Gazetteer"/>), with what the scanner and <see cref="NamesakeResolver"/> ask
/// of them, worked out once per key rather than for every name found: each name found carries its key's namesakes.
/// </summary>
/// <param name="Candidates">The places, in the gazetteer's order.</param>
/// <param name="HoldsQuarter">Some place of the list is a quarter (level "neighbourhood").</param>
/// <param name="Anchors">
/// The places a name with these candidates counts towards, each once: the cities and provinces among them, and every
/// ancestor of a name with one meaning ("Cheikh Saïd" also says which city the article is about).
/// </param>
/// <param name="Ancestors">The parent chain of each candidate, in the list's order.</param>
internal sealed record Namesakes(PlaceCandidate[] Candidates, bool HoldsQuarter, GazetteerEntry[] Anchors, GazetteerEntry[][] Ancestors)
{
    /// <summary>The namesakes of a name the gazetteer lacks: none.</summary>
    public static readonly Namesakes None = new([], false, [], []);

    public static Namesakes Of(PlaceCandidate[] candidates, Func<string, GazetteerEntry[]> ancestorChain)
    {
        var anchors = new List<GazetteerEntry>();
        var ancestors = new GazetteerEntry[candidates.Length][];
        for (var i = 0; i < candidates.Length; i++)
        {
            var entry = candidates[i].Entry;
            ancestors[i] = ancestorChain(entry.Id);
            if (entry.Level is "city" or "province") AddOnce(anchors, entry);
            if (candidates.Length == 1)
                foreach (var ancestor in ancestors[i]) AddOnce(anchors, ancestor);
        }
        return new Namesakes(candidates, candidates.Any(c => c.Entry.Level == "neighbourhood"), [.. anchors], ancestors);
    }

    private static void AddOnce(List<GazetteerEntry> entries, GazetteerEntry entry)
    {
        if (!entries.Contains(entry)) entries.Add(entry);
    }
}
