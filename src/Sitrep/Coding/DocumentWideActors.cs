using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Actors one sentence of a document names for all the others: the group the text blames for its attacks ("l'OSDH
/// impute les attentats à l'EI"), the government that announced its deal ("un accord annoncé par la Russie"). Each is
/// read the first time a sentence needs it; few do.
/// </summary>
public sealed class DocumentWideActors
{
    /// <summary>Words between a cue and the actor it names ("impute les attentats à l'EI", "annoncé par la Russie").</summary>
    private const int BlameReach = 5, AnnouncerReach = 3;

    private readonly AnalyzedTextActors _actors;
    private readonly SentenceMentions[] _sentences;
    // Read on first use (one document, one thread: no Lazy, whose closures every document paid for).
    private (bool Read, ActorInfo? Actor) _blamed, _announcer;

    public DocumentWideActors(AnalyzedTextActors actors, SentenceMentions[] sentences) => (_actors, _sentences) = (actors, sentences);

    /// <summary>The armed group the text blames for its attacks (cues.tsv "blame"), or null.</summary>
    public ActorInfo? Blamed => (_blamed.Read ? _blamed : _blamed = (true, First(BlamedIn))).Actor;

    /// <summary>The government the text says announced its deal (cues.tsv "announced-by" after a deal's word), or null.</summary>
    public ActorInfo? Announcer => (_announcer.Read ? _announcer : _announcer = (true, First(AnnouncerIn))).Actor;

    private ActorInfo? First(Func<SentenceMentions, AnalyzedTextActors, ActorInfo?> find)
    {
        foreach (var s in _sentences)
            if (find(s, _actors) is { } found) return found;
        return null;
    }

    private static ActorInfo? BlamedIn(SentenceMentions s, AnalyzedTextActors actors)
    {
        foreach (var cue in s.Cues("blame"))
            if (After(s, actors, cue, BlameReach, IsBlameable) is { } group)
                return group;
        return null;
    }

    private static bool IsBlameable(ActorInfo a) => a is { IsCivilian: false, IsPolitical: false } && a.Name != DocumentState.Unidentified;

    private static bool IsGovernment(ActorInfo a) => a.IsPolitical;

    /// <summary>Loops, not LINQ: the lambdas reading each deal and cue made their closures, and the deals an iterator, for every sentence with a trigger.</summary>
    private static ActorInfo? AnnouncerIn(SentenceMentions s, AnalyzedTextActors actors)
    {
        var (triggers, cues) = (s.Of(MentionKind.Trigger), s.Cues("announced-by"));
        for (var d = 0; d < triggers.Count; d++)
        {
            if (triggers[d].Value != "Agreement") continue;
            for (var c = 0; c < cues.Count; c++)
                if (cues[c].FirstToken >= triggers[d].EndToken && cues[c].FirstToken - triggers[d].EndToken <= AnnouncerReach
                    && After(s, actors, cues[c], AnnouncerReach, IsGovernment) is { } government)
                    return government;
        }
        return null;
    }

    private static ActorInfo? After(SentenceMentions s, AnalyzedTextActors actors, LocatedMention cue, int reach, Func<ActorInfo, bool> wanted)
    {
        var here = actors.InSentence(s.Sentence);
        for (var i = 0; i < here.Count; i++)
            if (wanted(here[i]) && here[i].Mention.FirstToken >= cue.EndToken && here[i].Mention.FirstToken - cue.EndToken <= reach) return here[i];
        return null;
    }
}
