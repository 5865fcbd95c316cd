namespace Sitrep.Coding;

/// <summary>
/// Actors named as who speaks, right after a verb of saying or "selon" ("a indiqué l'armée", "selon les rebelles"),
/// tell the act; they take no role in it.
/// </summary>
public static class Speakers
{
    /// <summary>Words between the cue and the speaker: an article ("a indiqué l'armée", "selon les rebelles").</summary>
    private const int Reach = 1;

    public static IReadOnlyList<ActorInfo> Without(SentenceMentions s, IReadOnlyList<ActorInfo> actors)
    {
        var cues = s.Cues("speech").Concat(s.Cues("source-before")).ToList();
        if (cues.Count == 0) return actors;
        return actors.Where(a => !cues.Any(c => a.Mention.FirstToken >= c.EndToken && a.Mention.FirstToken - c.EndToken <= Reach)).ToList();
    }
}
