using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>
/// Counts labels within a document as sets of (canonical actor, word lemma): a label said five times
/// counts once, on either side.
/// </summary>
public static class LabelMatcher
{
    public static MatchCounts Count(IEnumerable<Label> gold, IEnumerable<Label> predicted)
    {
        var goldKeys = gold.Select(Key).ToHashSet();
        var predictedKeys = predicted.Select(Key).ToHashSet();
        var tp = goldKeys.Count(predictedKeys.Contains);
        return new MatchCounts(tp, predictedKeys.Count - tp, goldKeys.Count - tp);
    }

    private static (string Actor, string Word) Key(Label label) => (MatchKeys.NameKey(label.Actor), MatchKeys.Word(label.Word));
}
