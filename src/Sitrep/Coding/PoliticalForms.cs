using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// A force named by a word that also names the state ("le régime") acts as the government when it makes a deal
/// (EVENTS.md: the Government of Syria for decrees, refusals, agreements), from political_forms.tsv.
/// </summary>
public sealed class PoliticalForms(IReadOnlyDictionary<string, string> forms)
{
    public static PoliticalForms Load(string language) =>
        new(TsvFile.Read(Path.Combine(ResourcePaths.Language(language), "political_forms.tsv"), $"{language}/political_forms.tsv")
            .ToDictionary(r => r["words"], r => r["actor"], StringComparer.Ordinal));

    /// <summary>Roles of an agreement with each party written in a political form replaced by the state it names.</summary>
    public Roles InAgreement(Roles roles, SentenceMentions s)
    {
        var actor1 = Political(roles.Actor1, s);
        var actor2 = Political(roles.Actor2, s);
        if (actor1 == roles.Actor1 && actor2 == roles.Actor2) return roles;
        return roles with { Actor1 = actor1, Actor2 = actor2, Rule = RuleSteps.Then(roles.Rule, "; a party named as the regime is the government in a deal") };
    }

    private ActorInfo? Political(ActorInfo? actor, SentenceMentions s)
    {
        if (actor is null || actor.Mention.EndToken <= actor.Mention.FirstToken) return actor;
        var words = string.Join(' ', Enumerable.Range(actor.Mention.FirstToken, actor.Mention.EndToken - actor.Mention.FirstToken).Select(s.Norm));
        return forms.TryGetValue(words, out var state) ? actor with { Name = state, Side = "pol" } : actor;
    }
}
