namespace Sitrep.Coding;

/// <summary>
/// The first mention or actor of a sentence's list starting a few tokens from a token on. Rules ask it for every
/// trigger, cue or actor: a loop by index makes neither a closure nor an enumerator.
/// </summary>
public static class StartingWithin
{
    /// <summary>The first mention starting at most <paramref name="reach"/> tokens from token <paramref name="from"/> on.</summary>
    public static LocatedMention? First(MentionList mentions, int from, int reach)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].FirstToken >= from && mentions[i].FirstToken - from <= reach) return mentions[i];
        return null;
    }

    /// <summary>The first actor starting at most <paramref name="reach"/> tokens from token <paramref name="from"/> on.</summary>
    public static ActorInfo? First(IReadOnlyList<ActorInfo> actors, int from, int reach)
    {
        for (var i = 0; i < actors.Count; i++)
            if (actors[i].Mention.FirstToken >= from && actors[i].Mention.FirstToken - from <= reach) return actors[i];
        return null;
    }

    /// <summary>The first mention starting at token <paramref name="token"/>.</summary>
    public static LocatedMention? At(MentionList mentions, int token) => First(mentions, token, 0);
}
