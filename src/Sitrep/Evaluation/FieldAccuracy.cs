namespace Sitrep.Evaluation;

/// <summary>How often each scored field agrees over the matched event pairs.</summary>
public sealed record FieldAccuracy(int Pairs, IReadOnlyDictionary<string, int> Agreements)
{
    public static FieldAccuracy Of(IReadOnlyList<EventPair> pairs) => new(
        pairs.Count,
        EventField.Scored.ToDictionary(f => f.Name, f => pairs.Count(p => f.Agrees(p.Gold, p.Predicted))));

    /// <summary>The share of matched pairs on which <paramref name="field"/> agrees; null when no pair matched.</summary>
    public double? Accuracy(string field) => Pairs == 0 ? null : (double)Agreements[field] / Pairs;
}
