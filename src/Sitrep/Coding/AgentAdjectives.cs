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

    /// <summary>
    /// Each pattern as the text a word starts with and whether that is all of the word (no final *), read once: every
    /// word after a trigger with no actor1 is read against every pattern, as an array (not through the interface).
    /// </summary>
    private readonly (string Stem, bool Whole, string Actor, string Side)[] _adjectives = Stems(adjectives);

    /// <remarks>A loop, not LINQ: LINQ over these tuples is generic code over a value type, compiled at run time.</remarks>
    private static (string, bool, string, string)[] Stems(IReadOnlyList<(string Pattern, string Actor, string Side)> adjectives)
    {
        var stems = new (string, bool, string, string)[adjectives.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            var (pattern, actor, side) = adjectives[i];
            stems[i] = pattern.EndsWith('*') ? (pattern[..^1], false, actor, side) : (pattern, true, actor, side);
        }
        return stems;
    }

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
            return roles with { Actor1 = actor, Actor2 = actor2?.Name == actor.Name ? null : actor2, Rule = RuleSteps.Then(roles.Rule, "; actor1 from the adjective after the trigger") };
        }
        return roles;
    }

    /// <summary>The first adjective the word matches, or null (read for the words after every trigger with no actor1).</summary>
    private (string Actor, string Side)? FirstMatching(string word)
    {
        foreach (var (stem, whole, actor, side) in _adjectives)
            if (Matches(stem, whole, word)) return (actor, side);
        return null;
    }

    /// <summary>Most words are no adjective: their length or first letter tells, before the rest is compared.</summary>
    private static bool Matches(string stem, bool whole, string word) =>
        (whole ? word.Length == stem.Length : word.Length >= stem.Length)
        && (stem.Length == 0 || word[0] == stem[0]) && word.AsSpan().StartsWith(stem, StringComparison.Ordinal);
}
