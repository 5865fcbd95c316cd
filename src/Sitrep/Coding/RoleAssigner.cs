using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Assigns actor1 and actor2 around a trigger from voice and position: in the active voice the subject
/// (an actor before the trigger) acts on the object (after it); in the passive ("ont été pris par le régime")
/// and nominal ("la prise de X par l'armée") constructions the agent after "par" acts on the subject.
/// </summary>
public static class RoleAssigner
{
    /// <summary>Tokens allowed between the trigger and an agent cue ("bombardées hier par").</summary>
    private const int AgentReach = 4;

    /// <summary>Tokens allowed between "avoir" and the trigger of an infinitive clause ("après avoir violemment pilonné").</summary>
    private const int InfinitiveReach = 2;

    public static Roles Assign(SentenceMentions s, LocatedMention trigger, IReadOnlyList<ActorInfo> actors)
    {
        if (trigger.Value == "Agreement" && AgreementParties.Find(s, trigger, actors) is { } parties) return parties;
        var civiliansAct = trigger.Value is "protest" or "Violent demonstration" or "Mob violence" or "Looting/property destruction";
        var holders = PlaceHolders.Of(s, actors);
        // Loops, not LINQ, below: this runs for every trigger, and most sentences have no holder, pronoun or second object.
        var acting = holders.Count == 0 ? actors : Except(actors, holders);
        // "tombé aux mains du régime": the actor right after the trigger is the one who takes the place.
        var agent = trigger.Value == "fall" ? StartingWithin.First(actors, trigger.EndToken, 2) : Agent(s, trigger, acting);
        var passive = agent is not null || IsPassive(s, trigger) || IsPassiveAgentNoun(s, trigger);
        var before = EndingBy(actors, trigger.FirstToken);
        var subject = Subject(s, holders.Count == 0 ? before : Except(before, holders), civiliansAct, trigger.FirstToken) ?? MainClauseSubject(s, trigger, acting);
        subject = LedBy(s, subject, acting) ?? subject;
        // "Ils ont frappé les positions de l'armée avec des kamikazes": after an opening subject pronoun, the actors before
        // the trigger are the verb's objects; the pronoun's referent acts (the document fills it). The holder of a stance
        // ("des manifestants hostiles au pouvoir") is no one demonstrators act on.
        var demoted = OpeningPronounEnd(s, trigger) is { } end ? StartingFrom(before, end) : null;
        if (subject is not null && demoted is not null && demoted.Contains(subject)) subject = null;
        // The actors after the trigger (or demoted before it), in order: the first of them, and the first two that are
        // not political (the objects), are all the rules below read.
        ActorInfo? firstAfter = null, object1 = null, object2 = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (!((a.Mention.FirstToken >= trigger.EndToken || demoted is not null && demoted.Contains(a)) && a != agent && a != subject && !IsPartOfAnother(s, a)
                  && !(civiliansAct && holders.Contains(a)))) continue;
            firstAfter ??= a;
            if (a.IsPolitical) continue;
            if (object1 is null) object1 = a;
            else { object2 = a; break; }
        }
        if (passive)
            return new Roles(agent is { IsCivilian: true } && !civiliansAct ? null : agent, Subject(s, before, true, trigger.FirstToken) ?? firstAfter, true, agent is null ? "passive, no agent" : "passive: agent after \"par\"", trigger);
        // "Faylaq al-Rahmane et Jaïch al-Islam se sont affrontés": two subjects of a fight are its two sides.
        if (trigger.Value == "Armed clash" && subject is not null && Following(before, subject) is { } second
            && second.Mention.FirstToken == subject.Mention.EndToken + 1 && s.Is(subject.Mention.EndToken, FunctionWord.And))
            return new Roles(subject, second, false, "active, two coordinated subjects of a fight", trigger);
        // "des combats ont opposé l'armée aux rebelles": with no subject, the first named side acts on the second.
        // "les frappes ont visé des dépôts du Hezbollah et des positions de l'armée": a bombing's objects are all its targets.
        if (subject is null && object2 is not null && !holders.Contains(object1!) && (civiliansAct || !object1!.IsCivilian) && trigger.Value != "strike" && !DocumentState.IsWeapon(trigger.Value))
            return new Roles(object1, object2, false, "active, both sides after the trigger", trigger);
        return new Roles(subject, object1, false, subject is null ? "active, no subject" : "active: subject before the trigger", trigger);
    }

    private static List<ActorInfo> Except(IReadOnlyList<ActorInfo> actors, IReadOnlySet<ActorInfo> holders)
    {
        var kept = new List<ActorInfo>(actors.Count);
        for (var i = 0; i < actors.Count; i++)
            if (!holders.Contains(actors[i])) kept.Add(actors[i]);
        return kept;
    }

    /// <summary>The actors that end at or before a token (those before the trigger).</summary>
    private static List<ActorInfo> EndingBy(IReadOnlyList<ActorInfo> actors, int token)
    {
        var found = new List<ActorInfo>();
        for (var i = 0; i < actors.Count; i++)
            if (actors[i].Mention.EndToken <= token) found.Add(actors[i]);
        return found;
    }

    private static List<ActorInfo> StartingFrom(List<ActorInfo> actors, int token)
    {
        var found = new List<ActorInfo>();
        foreach (var a in actors)
            if (a.Mention.FirstToken >= token) found.Add(a);
        return found;
    }

    /// <summary>The actor right after the first one equal to <paramref name="actor"/>, if any.</summary>
    private static ActorInfo? Following(List<ActorInfo> actors, ActorInfo actor)
    {
        for (var i = 0; i + 1 < actors.Count; i++)
            if (actors[i] == actor) return actors[i + 1];
        return null;
    }

    /// <summary>Words between "dont" and the part it names ("des insurgés, dont des combattants de HTS").</summary>
    private const int SubsetReach = 3;

    /// <summary>"des insurgés, dont des combattants de X": an actor named as part of those just named is no object.</summary>
    private static bool IsPartOfAnother(SentenceMentions s, ActorInfo actor)
    {
        // By index: read for every actor, and a list read through its interface by foreach makes an enumerator.
        var cues = s.Cues("subset");
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].EndToken <= actor.Mention.FirstToken && actor.Mention.FirstToken - cues[i].EndToken <= SubsetReach) return true;
        return false;
    }

    /// <summary>Where a subject pronoun that opens the sentence ("Ils", "« Ils") ends, when it stands before the trigger; else null.</summary>
    private static int? OpeningPronounEnd(SentenceMentions s, LocatedMention trigger)
    {
        var pronouns = s.Cues("pronoun");
        for (var i = 0; i < pronouns.Count; i++)
            if (pronouns[i].FirstToken - s.Sentence.FirstToken <= 1 && pronouns[i].EndToken <= trigger.FirstToken && AllPunctuation(s, s.Sentence.FirstToken, pronouns[i].FirstToken))
                return pronouns[i].EndToken;
        return null;
    }

    private static bool AllPunctuation(SentenceMentions s, int first, int end)
    {
        for (var t = first; t < end; t++)
            if (s.Text.Tokens[t].Kind != Sitrep.Text.TokenKind.Punctuation) return false;
        return true;
    }

    /// <summary>
    /// "Après avoir pilonné les quartiers rebelles, l'armée a lancé un assaut": an infinitive clause has the subject of
    /// the main clause, after the comma that ends it.
    /// </summary>
    private static ActorInfo? MainClauseSubject(SentenceMentions s, LocatedMention trigger, IReadOnlyList<ActorInfo> acting)
    {
        var first = Math.Max(s.Sentence.FirstToken, trigger.FirstToken - InfinitiveReach);
        if (!s.Has(first, trigger.FirstToken, FunctionWord.HaveInfinitive)) return null;
        for (var t = trigger.EndToken; t < s.Sentence.EndToken; t++)
            if (s.Norm(t) == ",")
            {
                // Loops by index, here and below, not lambdas: a lambda that reads a parameter makes its closure on every call,
                // before any test (and foreach over an IReadOnlyList makes an enumerator).
                for (var i = 0; i < acting.Count; i++)
                    if (acting[i].Mention.FirstToken > t && !acting[i].IsCivilian && !IsComplement(s, acting[i].Mention)) return acting[i];
                return null;
            }
        return null;
    }

    /// <summary>Words between a generic subject and the cue of its leader, and between the cue and the leader.</summary>
    private const int LeaderReach = 4;

    /// <summary>
    /// "Les assaillants, conduits par des jihadistes de HTS, ont pris d'assaut": a subject named by a common noun
    /// and led by a group the text names is that group. A proper-named subject keeps its name ("la coalition dirigée par
    /// Washington" stays the coalition: a state that leads is no armed group).
    /// </summary>
    private static ActorInfo? LedBy(SentenceMentions s, ActorInfo? subject, IReadOnlyList<ActorInfo> acting)
    {
        if (subject?.Label is null) return null;
        if (StartingWithin.First(s.Cues("leader"), subject.Mention.EndToken, 1) is not { } cue) return null;
        // The first armed actor led that is named by its name, else the first one.
        ActorInfo? firstLed = null;
        for (var i = 0; i < acting.Count; i++)
        {
            var a = acting[i];
            if (a.IsPolitical || a.IsCivilian || a.Mention.FirstToken < cue.EndToken || a.Mention.FirstToken - cue.EndToken > LeaderReach) continue;
            if (a.Label is null) return a;
            firstLed ??= a;
        }
        return firstLed;
    }

    private static ActorInfo? Agent(SentenceMentions s, LocatedMention trigger, IReadOnlyList<ActorInfo> actors) =>
        ByAgentCue(s, trigger, actors) ?? Genitive(s, trigger, actors);

    /// <summary>
    /// "les frappes du régime", "des tirs d'artillerie des forces turques", "une offensive sanglante du régime": the
    /// armed actor right after "de" (an adjective aside) acts.
    /// </summary>
    private static ActorInfo? Genitive(SentenceMentions s, LocatedMention trigger, IReadOnlyList<ActorInfo> actors)
    {
        var t = trigger.EndToken;
        if (t + 1 < s.Sentence.EndToken && IsAdjective(s, t) && IsOf(s, t + 1)) t++;
        // "a bombardé des positions jihadistes": after a verb, "des" opens its object, not its agent.
        if (t >= s.Sentence.EndToken || !IsOf(s, t) || IsActiveVerb(s, trigger)) return null;
        for (var i = 0; i < actors.Count; i++)
            if (!actors[i].IsCivilian && !actors[i].IsPolitical && actors[i].Mention.FirstToken > t && actors[i].Mention.FirstToken - t <= 2) return actors[i];
        return null;
    }

    private static bool IsOf(SentenceMentions s, int token) => s.Is(token, FunctionWord.Of);

    private static readonly MentionKind[] ReadKinds = [MentionKind.Actor, MentionKind.Place, MentionKind.Source, MentionKind.Trigger, MentionKind.Cue, MentionKind.Date];

    /// <summary>A lower-case word that no dictionary reads and no preposition, after a noun trigger: an adjective ("meurtrière", "intenses").</summary>
    private static bool IsAdjective(SentenceMentions s, int token) =>
        s.Text.Tokens[token].Kind == Sitrep.Text.TokenKind.Word && char.IsLower(s.Text.Text[s.Text.Tokens[token].Start])
        && s.Norm(token).Length > 3 && !s.Is(token, FunctionWord.Preposition)
        && !IsRead(s, token);

    /// <summary>Whether a mention of a kind a dictionary reads covers the token.</summary>
    private static bool IsRead(SentenceMentions s, int token)
    {
        foreach (var kind in ReadKinds)
        {
            var mentions = s.Of(kind);
            for (var i = 0; i < mentions.Count; i++)
                if (mentions[i].FirstToken <= token && token < mentions[i].EndToken) return true;
        }
        return false;
    }

    /// <summary>
    /// "ont été pris par le régime", "la prise de X par l'armée", "tués par les tirs des forces de l'ordre": an agent
    /// after "par" — but not after an active verb ("a bombardé des villages tenus par les Kurdes").
    /// </summary>
    private static ActorInfo? ByAgentCue(SentenceMentions s, LocatedMention trigger, IReadOnlyList<ActorInfo> actors)
    {
        var active = IsActiveVerb(s, trigger) && !IsPassive(s, trigger);
        var cues = s.Cues("agent");
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            // "reprise par l'armée": the trigger may end with the "par" of its agent.
            if (cue.FirstToken < trigger.EndToken && cue.EndToken != trigger.EndToken || cue.FirstToken - trigger.EndToken > AgentReach) continue;
            // "ont disparu après avoir été emmenés par X": a passive between the trigger and "par" still names the agent.
            // A trigger that ends with its "par" ("qu'il a reprise par la force") has no token before the cue: no "été".
            if (active && !s.Has(trigger.EndToken, cue.FirstToken, FunctionWord.Been)) continue;
            if (StartingWithin.First(actors, cue.EndToken, AgentReach) is { } actor) return actor;
        }
        return null;
    }

    /// <summary>An auxiliary right before the trigger ("a bombardé", "ont pris", "avoir bombardé"): a verb in the active voice.</summary>
    private static bool IsActiveVerb(SentenceMentions s, LocatedMention trigger) =>
        trigger.FirstToken > s.Sentence.FirstToken && s.Is(trigger.FirstToken - 1, FunctionWord.Have);

    /// <summary>Tokens allowed between "été" and the "par" of its agent, and between that "par" and a weapon noun.</summary>
    private const int AgentNounReach = 4;

    /// <summary>
    /// "une femme médecin a été tuée par la chute d'un obus": a weapon named as the agent of a passive verb; the
    /// subject of that verb is hit, it does not fire.
    /// </summary>
    private static bool IsPassiveAgentNoun(SentenceMentions s, LocatedMention trigger)
    {
        var cues = s.Cues("agent");
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].EndToken <= trigger.FirstToken && trigger.FirstToken - cues[i].EndToken <= AgentNounReach
                && s.Has(Math.Max(s.Sentence.FirstToken, cues[i].FirstToken - AgentNounReach), cues[i].FirstToken, FunctionWord.Been))
                return true;
        return false;
    }

    /// <summary>"ont été pris", "a été totalement libéré": a form of "être" (été) just before the trigger.</summary>
    private static bool IsPassive(SentenceMentions s, LocatedMention trigger)
    {
        if (s.Is(trigger.FirstToken, FunctionWord.Been)) return true;
        for (var t = trigger.FirstToken - 1; t >= Math.Max(s.Sentence.FirstToken, trigger.FirstToken - 3); t--)
            if (s.Is(t, FunctionWord.Been)) return true;
        return false;
    }

    /// <summary>
    /// The subject: the first actor before the trigger that is not a complement of a noun ("les alliés de X"),
    /// else the first actor before it. Civilians are acted upon, except when they demonstrate or riot.
    /// </summary>
    private static ActorInfo? Subject(SentenceMentions s, List<ActorInfo> before, bool civiliansMayAct, int triggerStart)
    {
        var candidates = civiliansMayAct || !before.Exists(a => a.IsCivilian) ? before : before.FindAll(a => !a.IsCivilian);
        if (candidates.Count == 0) return null;
        if (RelativeAntecedent(s, candidates[^1], triggerStart)) return candidates[^1];
        // "X, que l'armée a reconquise": the subject of a clause stands between its start and the verb.
        var clauseStart = ClauseStart(s, candidates[^1].Mention.EndToken);
        if (clauseStart > s.Sentence.FirstToken)
            foreach (var a in candidates)
                if (a.Mention.FirstToken >= clauseStart && !IsComplement(s, a.Mention)) return a;
        foreach (var a in candidates)
            if (!IsComplement(s, a.Mention)) return a;
        return candidates[0];
    }

    /// <summary>"Ahrar al-Sham, qui avait donné son feu vert": the actor right before "qui" is the subject of its clause.</summary>
    private static bool RelativeAntecedent(SentenceMentions s, ActorInfo actor, int triggerStart)
    {
        var t = actor.Mention.EndToken;
        if (t < triggerStart && s.Norm(t) == ",") t++;
        return t < triggerStart && s.Is(t, FunctionWord.Who);
    }

    /// <summary>The first token of the relative clause that ends at or after <paramref name="token"/>, else the sentence start.</summary>
    private static int ClauseStart(SentenceMentions s, int token)
    {
        for (var t = token - 1; t >= s.Sentence.FirstToken; t--)
            if (s.Is(t, FunctionWord.That)) return t + 1;
        return s.Sentence.FirstToken;
    }

    private static bool IsComplement(SentenceMentions s, LocatedMention m)
    {
        var t = m.FirstToken - 1;
        if (t >= s.Sentence.FirstToken && s.Is(t, FunctionWord.Article)) t--;
        // "Des rebelles ont…": opening the sentence or a clause, "des" is an article, not "de" after a noun.
        return t >= s.Sentence.FirstToken && s.Is(t, FunctionWord.Of) && !OpensPhrase(s, t);
    }

    private static bool OpensPhrase(SentenceMentions s, int token) =>
        token == s.Sentence.FirstToken || s.Text.Tokens[token - 1].Kind == Sitrep.Text.TokenKind.Punctuation;
}
