using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// "Des milices ont lancé une offensive sur Alep. C'est la deuxième offensive en deux mois de la coalition X": a
/// sentence opened by an identity cue (cues.tsv "identity") whose act is followed by a named armed group says whose act
/// the last sentence told. That group replaces the generic opposition subject of the last sentence's events.
/// </summary>
public static class IdentifyingSentence
{
    /// <summary>Words between the cue and the act named again: an ordinal, an adjective ("la deuxième grande offensive").</summary>
    private const int ActReach = 3;

    /// <summary>Words between the act and its group ("l'offensive en l'espace de deux mois de la coalition").</summary>
    private const int GroupReach = 12;

    /// <summary>The group named as the one behind the act the sentence names again, or null.</summary>
    public static ActorInfo? Agent(SentenceMentions s, IReadOnlyList<ActorInfo> actors)
    {
        // Searched by loops: asked after every sentence with an event, and lambdas here made their closures on every call.
        if (StartingWithin.At(s.Cues("identity"), s.Sentence.FirstToken) is not { } cue
            || StartingWithin.First(s.Of(MentionKind.Trigger), cue.EndToken, ActReach) is not { } act) return null;
        var group = StartingWithin.First(actors, act.EndToken, GroupReach);
        return group is { Side: "opp" } && group.Name != DocumentState.Opposition ? group : null;
    }
}
