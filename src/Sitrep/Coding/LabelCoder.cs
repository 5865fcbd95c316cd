using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Collects the labels a document gives actors: each actor mention whose spelling carries a label lemma.
/// A generic word right before a named group labels that group ("les miliciens des Ahrar al-Sham",
/// "la milice Noureddine al-Zenki"), not the armed opposition at large.
/// </summary>
public static class LabelCoder
{
    /// <summary>The labels in text order, each actor's word once (its first mention).</summary>
    public static List<Label> Code(AnalyzedTextActors actors)
    {
        var labels = new List<Label>();
        // By index: a foreach over the read-only list made an enumerator for every document.
        var all = actors.All;
        for (var i = 0; i < all.Count; i++)
        {
            var a = all[i];
            if (a.Label is null) continue;
            var owner = actors.NamedGroupAfter(a)?.Name ?? a.LabelActor ?? a.Name;
            if (!Has(labels, owner, a.Label)) labels.Add(new Label(actors.DocId, owner, a.Label, a.Mention.Span, a.Mention.Mention.Entry));
        }
        return labels;
    }

    /// <summary>
    /// Whether an actor already has the word: the labels kept are read one by one, not hashed (a document keeps a
    /// handful; however long it is, no more than the actor and label words the resources pair).
    /// </summary>
    private static bool Has(List<Label> labels, string actor, string word)
    {
        foreach (var l in labels)
            if (l.Actor == actor && l.Word == word) return true;
        return false;
    }
}
