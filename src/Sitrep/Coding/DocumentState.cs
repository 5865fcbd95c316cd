using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// What the coder carries from sentence to sentence within one document: the attribution of the paragraph,
/// the last date and place, the last acting actor (for "ils"), and the document's main place.
/// </summary>
public sealed class DocumentState
{
    private const string Government = "Military Forces of Syria";
    private const string Opposition = "Syrian opposition armed groups";
    private const string Unidentified = "Unidentified armed group (Syria)";
    private const string Protesters = "Protesters (Syria)";

    private readonly EventPlace? _mainPlace;
    private readonly Dictionary<string, string> _mostNamed;
    private Attribution? _paragraphAttribution;
    private Attribution? _lastExplicit;
    private int _paragraph = -1;
    private EventPlace? _lastEventPlace;
    private int _lastEventSentence = -1;

    /// <summary>How many sentences an event's place stays the place of the next sentences that name none.</summary>
    private const int PlaceCarry = 2;
    private ActorInfo? _lastSubject;

    public DocumentState(Document document, AnalyzedTextActors actors, IPlaceResolver places, IReadOnlyList<SentenceMentions> sentences)
    {
        // An unidentified attacker is nobody's usual enemy: it never stands in for the other side of a fight.
        _mostNamed = actors.All.Where(a => a.Side is "gov" or "opp" && !a.IsPolitical && a.Name != Unidentified)
            .GroupBy(a => a.Side)
            .ToDictionary(g => g.Key, g => g.GroupBy(a => a.Name).OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key);
        Document = document;
        Actors = actors;
        Places = places;
        // The main place is where the document's acts happen, not every city it names ("le régime de Damas").
        _mainPlace = sentences.Where(s => s.EventTriggers.Count > 0).SelectMany(s => s.EventPlaces(places))
            .Where(p => p.Place.Id is not null && p.Place.Level is "city" or "town")
            .GroupBy(p => p.Key).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
    }

    public Document Document { get; }
    public AnalyzedTextActors Actors { get; }
    public IPlaceResolver Places { get; }
    public EventDate? LastDate { get; private set; }

    /// <summary>
    /// The sentence's own attribution; else the paragraph's (carried to the next sentence of the same
    /// paragraph only while no new source appears); else the outlet.
    /// </summary>
    public Attribution Attribute(SentenceMentions s)
    {
        if (s.Sentence.Paragraph != _paragraph) { _paragraph = s.Sentence.Paragraph; _paragraphAttribution = null; }
        var own = AttributionResolver.Resolve(s);
        if (own == Attribution.Unnamed) _paragraphAttribution = null;
        if (own.IsExplicit) { _paragraphAttribution = _lastExplicit = own; return own; }
        if (own.IsAnaphoric && _lastExplicit is not null) return _paragraphAttribution = own.Resolve(_lastExplicit);
        if (_paragraphAttribution is not null && own != Attribution.Unnamed) return _paragraphAttribution with { Rule = "carried from the paragraph: " + _paragraphAttribution.Rule };
        return string.IsNullOrEmpty(Document.Outlet) ? Attribution.None : new Attribution([Document.Outlet], "outlet");
    }

    /// <summary>
    /// Fills roles the sentence leaves open: a subject pronoun ("ils") refers back to the last actor1; a battle
    /// or bombing with one side named implies the other side, as EVENTS.md's implied actor2.
    /// </summary>
    public Roles Complete(Roles roles, string triggerClass, SentenceMentions s, bool civilianToll = false)
    {
        // "sept personnes ont péri": a toll of people who do not fight makes the target civilian, as a civilian word does.
        var civiliansHit = civilianToll || s.Cues("civilian").Any();
        var actor1 = roles.Actor1;
        var actor2 = roles.Actor2;
        var rule = roles.Rule;
        if (actor1 is null && !roles.Passive && _lastSubject is not null && s.Cues("pronoun").Any(c => c.FirstToken < roles.Trigger.FirstToken))
            (actor1, rule) = (_lastSubject, rule + "; actor1 from the pronoun");
        if (triggerClass == "withdraw" && actor1 is not null && !roles.Passive)
            (actor1, actor2, rule) = (Implied(actor1), actor1, rule + "; the one who withdraws is actor2");
        if (actor2 is null && actor1 is not null && IsFight(triggerClass))
            (actor2, rule) = (civiliansHit && triggerClass is "strike" or "Shelling/artillery/missile attack" or "Air/drone strike"
                ? Named("Civilians (Syria)", "civ", actor1) : Implied(actor1), rule + "; implied actor2");
        if (triggerClass == "protest")
        {
            // "des habitants ont manifesté", "une manifestation d'étudiants": civilians who demonstrate are protesters.
            var demonstrators = actor1 ?? (actor2 is { IsCivilian: true } ? actor2 : null);
            if (demonstrators is { IsCivilian: true } && demonstrators.Name != Protesters && demonstrators.Name != "Rioters (Syria)")
                (actor1, rule) = (Named(Protesters, "civ", demonstrators), rule + "; civilians who demonstrate are protesters");
            // "des manifestations ont eu lieu": a demonstration nobody is named for is held by protesters (EVENTS.md).
            else (actor1, rule) = demonstrators is null ? (Named(Protesters, "civ", null), rule + "; protesters by default") : (demonstrators, rule);
            // A peaceful protest is against someone, but nobody acts on the protesters: it has no actor2 (EVENTS.md).
            if (actor2 == demonstrators || !s.Cues("intervention").Any() && !s.Cues("fatal").Any()) actor2 = null;
        }
        if (actor2 is { IsCivilian: true } && s.Of(MentionKind.Trigger).Any(t => t.Value == "protest") && triggerClass is "kill" or "fire")
            actor2 = Named(Protesters, "civ", actor2);
        if (actor1 is not null && actor2?.Name == actor1.Name)
            (actor2, rule) = (IsFight(triggerClass) ? Implied(actor1) : null, rule + "; one actor cannot act on itself");
        if (actor1 is null && actor2 is not null && IsFight(triggerClass) && !actor2.IsCivilian)
            (actor1, rule) = (Implied(actor2), rule + "; implied actor1");
        if (Claimant(s) is { } claimant && triggerClass is "Suicide bomb" or "Remote explosive/landmine/IED" or "kill" or "fire" or "strike" or "Shelling/artillery/missile attack" or "Armed clash")
        {
            (actor1, rule) = (claimant, rule + "; the group that claims it acts");
            if (actor2?.Name == claimant.Name) actor2 = null;
        }
        // "les raids aériens se sont poursuivis": an air raid nobody is named for is flown by the air force the report is about.
        if (actor1 is null && !roles.Passive && IsAirRaid(triggerClass, s) && _mostNamed.GetValueOrDefault("gov") is { } airForce)
            (actor1, rule) = (Named(airForce, "gov", actor2), rule + "; implied actor1: the government side's most named force");
        if (actor1 is null && triggerClass is "Suicide bomb" or "Remote explosive/landmine/IED")
            (actor1, rule) = (Named(Unidentified, "opp", roles.Actor2 ?? Actors.All.FirstOrDefault()), rule + "; no group named: unidentified");
        if (actor2 is null && actor1 is not null && civiliansHit && triggerClass is "Suicide bomb" or "Remote explosive/landmine/IED" or "kill")
            (actor2, rule) = (Named("Civilians (Syria)", "civ", actor1), rule + "; civilians hit");
        return roles with { Actor1 = actor1, Actor2 = actor2, Rule = rule };
    }

    /// <summary>"revendiqué par l'EI", "l'EI a revendiqué": the armed group that claims the sentence's attack.</summary>
    private ActorInfo? Claimant(SentenceMentions s)
    {
        var here = Actors.InSentence(s.Sentence).Where(a => !a.IsCivilian && !a.IsPolitical).ToList();
        foreach (var cue in s.Cues("claimed"))
        {
            var after = cue.EndToken < s.Sentence.EndToken && s.Norm(cue.EndToken) == "par"
                ? here.FirstOrDefault(a => a.Mention.FirstToken > cue.EndToken && a.Mention.FirstToken - cue.EndToken <= 3) : null;
            var before = here.LastOrDefault(a => a.Mention.EndToken <= cue.FirstToken && cue.FirstToken - a.Mention.EndToken <= 2);
            if ((after ?? before) is { } found) return found;
        }
        return null;
    }

    /// <summary>The place of an event of the last sentences, else the document's main city or town.</summary>
    public EventPlace? FallbackPlace(SentenceMentions s) =>
        _lastEventPlace is not null && s.Sentence.Index - _lastEventSentence <= PlaceCarry ? _lastEventPlace : _mainPlace;

    /// <summary>Remembers what later sentences may refer back to: the date stated, the subject ("ils"), the event's place.</summary>
    public void Observe(SentenceMentions s, EventPlace? eventPlace)
    {
        if (DateAssigner.Stated(s) is { } stated) LastDate = stated;
        var subject = Actors.InSentence(s.Sentence).FirstOrDefault(a => !a.IsCivilian);
        if (subject is not null) _lastSubject = subject;
        if (eventPlace is not null) (_lastEventPlace, _lastEventSentence) = (eventPlace, s.Sentence.Index);
    }

    private static bool IsAirRaid(string triggerClass, SentenceMentions s) =>
        triggerClass == "Air/drone strike" || triggerClass == "strike" && s.Cues("air").Any();

    private static bool IsFight(string triggerClass) =>
        triggerClass is "capture" or "fall" or "withdraw" or "Armed clash" or "strike" or "Air/drone strike" or "Shelling/artillery/missile attack";

    /// <summary>
    /// The other side of a fight: the document's most named actor of the opposite camp (the Islamic State in an
    /// article about its last bastion), else the armed opposition or the Syrian army.
    /// </summary>
    private ActorInfo Implied(ActorInfo known)
    {
        var wantGovernment = !known.IsGovernmentSide;
        var name = _mostNamed.GetValueOrDefault(wantGovernment ? "gov" : "opp") ?? (wantGovernment ? Government : Opposition);
        return Named(name, wantGovernment ? "gov" : "opp", known);
    }

    private static ActorInfo Named(string name, string side, ActorInfo? near) =>
        new(name, side, null, near?.Mention ?? new LocatedMention(new Mention(MentionKind.Actor, default, name, "implied"), 0, 0));
}
