using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Nationality adjectives that name who carried out an attack told by a noun ("une frappe aérienne turque"), from
/// agent_adjectives.tsv. Read only right after a trigger that has no actor1.
/// </summary>
public sealed class AgentAdjectives(IReadOnlyList<(string Pattern, string Actor, string Side)> adjectives)
{
    /// <summary>"une frappe aérienne turque", "des raids aériens russes": the words an adjective may stand after its trigger.</summary>
    private const int Reach = 2;

    public static AgentAdjectives Load(string language) =>
        new(TsvFile.Read(Path.Combine(ResourcePaths.Language(language), "agent_adjectives.tsv"), $"{language}/agent_adjectives.tsv")
            .Select(r => (r["adjective"], r["actor"], r["side"])).ToList());

    /// <summary>
    /// Roles with actor1 named by an adjective after the trigger, when no subject before the trigger or agent names it:
    /// "des bombardements turcs visant les forces kurdes" (the actor after the trigger is then acted upon).
    /// </summary>
    public Roles Fill(Roles roles, SentenceMentions s)
    {
        var trigger = roles.Trigger;
        if (roles.Actor1 is not null && (roles.Passive || roles.Actor1.Mention.FirstToken < trigger.EndToken)) return roles;
        for (var t = trigger.EndToken; t < Math.Min(s.Sentence.EndToken, trigger.EndToken + Reach); t++)
        {
            var word = s.Norm(t);
            if (FirstMatching(word) is not { } found) continue;
            var mention = new LocatedMention(new Model.Mention(Model.MentionKind.Actor, s.Text.SpanOf(t, t + 1), found.Actor, "agent_adjectives.tsv"), t, t + 1);
            var actor = new ActorInfo(found.Actor, found.Side, null, mention);
            var actor2 = roles.Actor1 ?? roles.Actor2;
            return roles with { Actor1 = actor, Actor2 = actor2?.Name == actor.Name ? null : actor2, Rule = roles.Rule + "; actor1 from the adjective after the trigger" };
        }
        return roles;
    }

    /// <summary>The first adjective the word matches, or null (read for the words after every trigger with no actor1).</summary>
    private (string Pattern, string Actor, string Side)? FirstMatching(string word)
    {
        for (var i = 0; i < adjectives.Count; i++)
            if (Matches(adjectives[i].Pattern, word)) return adjectives[i];
        return null;
    }

    private static bool Matches(string pattern, string word) =>
        pattern.EndsWith('*') ? word.AsSpan().StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) : word == pattern;
}
