namespace Sitrep.Coding;

/// <summary>
/// Actors named as holding a place rather than acting: "les quartiers tenus par les rebelles", "le fief de l'EI",
/// "le quartier rebelle" (cues.tsv "holder"). A holder may be acted upon; it never strikes or takes the place.
/// </summary>
public static class PlaceHolders
{
    /// <summary>Words that may stand between a holder cue and the holder: articles and "de".</summary>
    private const int Reach = 2;

    public static HashSet<ActorInfo> Of(SentenceMentions s, IReadOnlyList<ActorInfo> actors)
    {
        var holders = new HashSet<ActorInfo>();
        foreach (var cue in s.Cues("holder"))
        {
            var t = cue.EndToken;
            while (t < cue.EndToken + Reach && t < s.Sentence.EndToken && IsLinkWord(s.Norm(t))) t++;
            if (actors.FirstOrDefault(a => a.Mention.FirstToken == t) is { } holder) holders.Add(holder);
        }
        return holders;
    }

    private static bool IsLinkWord(string word) => word is "le" or "la" or "les" or "l'" or "de" or "d'" or "du" or "des";
}
