namespace Sitrep.Coding;

/// <summary>
/// Actors named only as who speaks, right after a verb of saying or "selon" ("a indiqué l'armée", "selon les
/// rebelles"), or as who helps, right after a support cue ("reprise avec l'aide de l'aviation russe", "appuyée par"):
/// they tell or back the act; they take no role in it.
/// </summary>
public static class RolelessActors
{
    /// <summary>Words between the cue and the actor: an article ("a indiqué l'armée", "avec l'appui des frappes").</summary>
    private const int Reach = 1;

    private static readonly string[] Kinds = ["speech", "source-before", "support"];

    public static IReadOnlyList<ActorInfo> Without(SentenceMentions s, IReadOnlyList<ActorInfo> actors)
    {
        // Most sentences have none of these cues: their actors are kept as they are, not copied.
        var any = false;
        foreach (var kind in Kinds) any |= s.Cues(kind).Count > 0;
        if (!any) return actors;
        var kept = new List<ActorInfo>(actors.Count);
        for (var i = 0; i < actors.Count; i++)
            if (!AfterACue(s, actors[i])) kept.Add(actors[i]);
        return kept;
    }

    private static bool AfterACue(SentenceMentions s, ActorInfo actor)
    {
        foreach (var kind in Kinds)
        {
            // By index: read for every actor, and a list read through its interface by foreach makes an enumerator.
            var cues = s.Cues(kind);
            for (var i = 0; i < cues.Count; i++)
                if (actor.Mention.FirstToken >= cues[i].EndToken && actor.Mention.FirstToken - cues[i].EndToken <= Reach) return true;
        }
        return false;
    }
}
