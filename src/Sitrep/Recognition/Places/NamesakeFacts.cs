namespace Sitrep.Recognition.Places;

/// <summary>
/// What the scanner and <see cref="NamesakeResolver"/> ask of one list of namesakes (the places one key may name),
/// worked out once per gazetteer list rather than for every name found.
/// </summary>
/// <param name="HoldsQuarter">Some place of the list is a quarter (level "neighbourhood").</param>
/// <param name="AnchorIds">
/// The places a name with these candidates counts towards, each once: the cities and provinces among them, and every
/// ancestor of a name with one meaning ("Cheikh Saïd" also says which city the article is about).
/// </param>
/// <param name="Ancestors">The parent chain of each candidate, in the list's order.</param>
internal sealed record NamesakeFacts(bool HoldsQuarter, string[] AnchorIds, GazetteerEntry[][] Ancestors)
{
    /// <summary>The facts of a name with no candidate (a place the gazetteer lacks).</summary>
    public static readonly NamesakeFacts None = new(false, [], []);

    public static NamesakeFacts Of(IReadOnlyList<PlaceCandidate> candidates, Func<string, GazetteerEntry[]> ancestorChain)
    {
        var anchors = new List<string>();
        var ancestors = new GazetteerEntry[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            var entry = candidates[i].Entry;
            ancestors[i] = ancestorChain(entry.Id);
            if (entry.Level is "city" or "province") AddOnce(anchors, entry.Id);
            if (candidates.Count == 1)
                foreach (var ancestor in ancestors[i]) AddOnce(anchors, ancestor.Id);
        }
        return new NamesakeFacts(candidates.Any(c => c.Entry.Level == "neighbourhood"), [.. anchors], ancestors);
    }

    private static void AddOnce(List<string> ids, string id)
    {
        if (!ids.Contains(id)) ids.Add(id);
    }
}
