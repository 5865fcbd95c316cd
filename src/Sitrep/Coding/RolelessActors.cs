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
        var cues = Kinds.SelectMany(s.Cues).ToList();
        if (cues.Count == 0) return actors;
        return actors.Where(a => !cues.Any(c => a.Mention.FirstToken >= c.EndToken && a.Mention.FirstToken - c.EndToken <= Reach)).ToList();
    }
}
