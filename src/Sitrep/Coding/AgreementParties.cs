namespace Sitrep.Coding;

/// <summary>
/// The two parties of a deal, in the order the text names them: "un accord entre le régime et Ahrar al-Cham",
/// "les rebelles et le régime sont parvenus à un accord". A sponsor or mediator ("parrainé par la Russie", "sous
/// l'égide de la Turquie") is not a party, so the parties, when named, come before the voice rules.
/// </summary>
public static class AgreementParties
{
    /// <summary>How far after the trigger "entre" may open the parties ("un accord parrainé par la Turquie a été conclu entre").</summary>
    private const int BetweenReach = 10;

    /// <summary>Words that may stand between "et" (or "entre") and the next party: articles, "groupe".</summary>
    private const int PartyReach = 3;

    public static Roles? Find(SentenceMentions s, LocatedMention trigger, IReadOnlyList<ActorInfo> actors)
    {
        var end = Math.Min(s.Sentence.EndToken, trigger.EndToken + BetweenReach);
        for (var t = trigger.EndToken; t < end; t++)
            if (s.Is(t, FunctionWord.Between) && Coordinated(s, t + 1, actors) is { } between)
                return new Roles(between.First, between.Second, false, "agreement: the parties after \"entre\"", trigger);
        // "le comité des notables a fait savoir que les insurgés et le pouvoir avaient signé un accord": the
        // parties are the subjects of whichever word of the deal they stand before, not only of the trigger chosen.
        foreach (var deal in s.Of(Model.MentionKind.Trigger).Where(t => t.Value == "Agreement"))
        {
            var before = actors.Where(a => a.Mention.EndToken <= deal.FirstToken && !a.IsCivilian).ToList();
            for (var i = before.Count - 2; i >= 0; i--)
                if (Coordinated(s, before[i].Mention.FirstToken, before) is { } subjects && subjects.Second == before[^1])
                    return new Roles(subjects.First, subjects.Second, false, "agreement: two coordinated subjects are its parties", trigger);
        }
        return null;
    }

    /// <summary>
    /// "Le gouverneur de Homs a annoncé être parvenu avec les insurgés à un accord": a government that announces a deal,
    /// as the speaker before it, is its party when the text names one party or none.
    /// </summary>
    public static Roles WithAnnouncer(Roles roles, SentenceMentions s)
    {
        if (roles.Actor1 is not null && roles.Actor2 is not null) return roles;
        if (s.Of(Model.MentionKind.Source).FirstOrDefault(m => m.EndToken <= roles.Trigger.FirstToken && IsGovernment(m.Value)) is not { } announcer
            || roles.Actor1?.Name == announcer.Value || roles.Actor2?.Name == announcer.Value) return roles;
        var government = new ActorInfo(announcer.Value, "pol", null, announcer);
        return roles with
        {
            Actor1 = government, Actor2 = roles.Actor1 ?? roles.Actor2,
            Rule = RuleSteps.Then(roles.Rule, "; the government that announces the deal is its party"),
        };
    }

    private static bool IsGovernment(string source) => source.StartsWith("Government of ", StringComparison.Ordinal);

    /// <summary>"X et Y" with X starting at or just after <paramref name="token"/>: the two actors, the named one of an apposition.</summary>
    private static (ActorInfo First, ActorInfo Second)? Coordinated(SentenceMentions s, int token, IReadOnlyList<ActorInfo> actors)
    {
        if (Party(s, token, actors) is not { } first || first.Mention.EndToken >= s.Sentence.EndToken || !s.Is(first.Mention.EndToken, FunctionWord.And)) return null;
        return Party(s, first.Mention.EndToken + 1, actors) is { } second ? (first, second) : null;
    }

    /// <summary>
    /// The actor starting within a few words of <paramref name="token"/>; when it is a common noun ("le groupe rebelle")
    /// and a proper name follows it ("le groupe rebelle islamiste Ahrar al-Cham"), the name.
    /// </summary>
    private static ActorInfo? Party(SentenceMentions s, int token, IReadOnlyList<ActorInfo> actors)
    {
        var party = actors.FirstOrDefault(a => a.Mention.FirstToken >= token && a.Mention.FirstToken - token <= PartyReach);
        if (party?.Label is null) return party;
        var named = actors.FirstOrDefault(a => a.Label is null && a.Mention.FirstToken >= party.Mention.EndToken
                                               && a.Mention.FirstToken - party.Mention.EndToken <= PartyReach);
        // "le gouvernement syrien et Jaych al-Islam": a name after "et" or a comma is the next party, not an apposition.
        return named is not null && !Enumerable.Range(party.Mention.EndToken, named.Mention.FirstToken - party.Mention.EndToken)
            .Any(t => s.Is(t, FunctionWord.And) || s.Norm(t) == ",") ? named : party;
    }
}
