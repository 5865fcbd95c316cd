namespace Sitrep.Coding;

/// <summary>
/// Actors named as holding a place rather than acting: "les quartiers tenus par les rebelles", "le fief de l'EI",
/// "le quartier rebelle" (cues.tsv "holder"). A holder may be acted upon; it never strikes or takes the place.
/// </summary>
public static class PlaceHolders
{
    /// <summary>Words that may stand between a holder cue and the holder: articles and "de".</summary>
    private const int Reach = 2;

    public static IReadOnlySet<ActorInfo> Of(SentenceMentions s, IReadOnlyList<ActorInfo> actors)
    {
        HashSet<ActorInfo>? holders = null;
        var cues = s.Cues("holder");
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            var t = cue.EndToken;
            while (t < cue.EndToken + Reach && t < s.Sentence.EndToken && s.Is(t, FunctionWord.Link)) t++;
            if (StartingAt(actors, t) is { } holder) (holders ??= new(ActorsByTokens.Instance)).Add(holder);
        }
        // Asked for every trigger; most sentences have no holder cue.
        return holders ?? None;
    }

    private static readonly IReadOnlySet<ActorInfo> None = new HashSet<ActorInfo>();

    private static ActorInfo? StartingAt(IReadOnlyList<ActorInfo> actors, int token)
    {
        for (var i = 0; i < actors.Count; i++)
            if (actors[i].Mention.FirstToken == token) return actors[i];
        return null;
    }
}
