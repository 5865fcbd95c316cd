using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Collects the labels a document gives actors: each actor mention whose spelling carries a label lemma.
/// A generic word right before a named group labels that group ("les miliciens des Ahrar al-Sham",
/// "la milice Noureddine al-Zenki"), not the armed opposition at large.
/// </summary>
public static class LabelCoder
{
    public static IEnumerable<Label> Code(AnalyzedTextActors actors)
    {
        foreach (var a in actors.All)
        {
            if (a.Label is null) continue;
            var owner = actors.NamedGroupAfter(a)?.Name ?? a.LabelActor ?? a.Name;
            yield return new Label(actors.DocId, owner, a.Label, a.Mention.Span, a.Mention.Mention.Entry);
        }
    }
}
