using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// What the coder carries from sentence to sentence within one document: the attribution of the paragraph,
/// the last date and place, the last acting actor (for "ils"), and the document's main place.
/// </summary>
public sealed class DocumentState
{
    private const string Government = "Military Forces of Syria";
    private const string State = "Government of Syria";
    public const string Opposition = "Syrian opposition armed groups";
    internal const string Unidentified = "Unidentified armed group (Syria)";
    private const string Protesters = "Protesters (Syria)";

    private readonly EventPlace? _mainPlace;
    private readonly DocumentWideActors _named;
    private (string? Government, string? Opposition) _mostNamed;
    private bool _mostNamedCounted;
    private Attribution? _paragraphAttribution;
    private Attribution? _lastExplicit;
    /// <summary>The outlet's own attribution: one for the document, not one a sentence (nothing compares chains by identity).</summary>
    private Attribution? _outlet;
    // The paragraph's attribution as carried to a sentence: the sentences that carry the same one share it (a record,
    // equal to another made alike), not a new one and its rule each.
    private readonly LastResult<Attribution, Attribution> _carried =
        new(paragraph => paragraph with { Rule = "carried from the paragraph: " + paragraph.Rule });
    private readonly Dictionary<string, string> _affiliations = new(StringComparer.Ordinal);
    private int _paragraph = -1;
    private EventPlace? _lastEventPlace;
    private int _lastEventSentence = -1;

    /// <summary>How many sentences an event's place stays the place of the next sentences that name none.</summary>
    private const int PlaceCarry = 2;

    /// <summary>Words allowed between a verb that stops a weapon and its "par" ("interceptés dans la nuit par").</summary>
    private const int FoilerReach = 4;
    private ActorInfo? _lastSubject;

    public DocumentState(Document document, AnalyzedTextActors actors, IPlaceResolver places, SentenceMentions[] sentences)
    {
        Document = document;
        Actors = actors;
        Places = places;
        _mainPlace = MainPlace(places, sentences);
        _named = new DocumentWideActors(actors, sentences);
        UnnamedQuarter = new UnnamedQuarter(places, sentences);
        ReportYear = DateAssigner.ReportYear(document.Published, sentences);
    }

    /// <summary>
    /// Each side's most named armed actor (null for a side the document names none of). Only an implied side asks for it,
    /// which most documents never do: it is counted on first use.
    /// </summary>
    private (string? Government, string? Opposition) MostNamed
    {
        get
        {
            if (!_mostNamedCounted) (_mostNamed, _mostNamedCounted) = (CountMostNamed(Actors.All), true);
            return _mostNamed;
        }
    }

    /// <summary>Each side's most named actor, the first in ordinal order among equals.</summary>
    private static (string?, string?) CountMostNamed(IReadOnlyList<ActorInfo> actors)
    {
        var counts = new ActorCounts(actors, actors.Count <= ActorCounts.StackActors ? stackalloc int[2 * actors.Count] : new int[2 * actors.Count]);
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            // An unidentified attacker is nobody's usual enemy: it never stands in for the other side of a fight.
            if (a.Side is "gov" or "opp" && !a.IsPolitical && a.Name != Unidentified) counts.Add(i);
        }
        return (counts.MostCounted("gov"), counts.MostCounted("opp"));
    }

    /// <summary>The year the report was written, as <see cref="DateAssigner.ReportYear"/> reads it.</summary>
    public int? ReportYear { get; }

    public UnnamedQuarter UnnamedQuarter { get; }

    /// <summary>
    /// The main place is where the document's acts happen, not every city it names ("le régime de Damas"): the city or
    /// town most often an event place of a sentence with a trigger, the first one named among equals.
    /// </summary>
    private static EventPlace? MainPlace(IPlaceResolver places, SentenceMentions[] sentences)
    {
        // The places seen (each one's first mention, in the order first seen) and how often: made at the first city or
        // town, as many documents name none in a sentence with a trigger. A document names a few: they are read in full,
        // not hashed (and a dictionary of tuples was code compiled at run time, not ahead of it).
        List<EventPlace>? seen = null;
        List<int>? counts = null;
        (EventPlace? Place, int Count, int Order) best = (null, 0, 0);
        foreach (var s in sentences)
        {
            if (s.EventTriggers.Count == 0) continue;
            var eventPlaces = s.EventPlaces(places);
            for (var i = 0; i < eventPlaces.Count; i++)
            {
                var p = eventPlaces[i];
                if (p.Place.Id is null || p.Place.Level is not ("city" or "town")) continue;
                seen ??= [];
                counts ??= [];
                var order = IndexOfPlace(seen, p.Place.Id);
                if (order < 0)
                {
                    order = seen.Count;
                    seen.Add(p);
                    counts.Add(0);
                }
                counts[order]++;
                if (counts[order] > best.Count || counts[order] == best.Count && order < best.Order) best = (seen[order], counts[order], order);
            }
        }
        return best.Place;
    }

    /// <summary>Where the place with this id stands among those seen, or -1.</summary>
    private static int IndexOfPlace(List<EventPlace> seen, string id)
    {
        for (var i = 0; i < seen.Count; i++)
            if (seen[i].Place.Id == id) return i;
        return -1;
    }

    public Document Document { get; }
    public AnalyzedTextActors Actors { get; }
    public IPlaceResolver Places { get; }
    /// <summary>The date the last sentence that states one states, read when first asked for (most are never asked for).</summary>
    public EventDate? LastDate => _lastDate ??= _lastStated is null ? null : ParsedDates.Of(_lastStated);

    /// <summary>The date mention parsed last: the one a sentence states is mostly also the one its triggers were dated by.</summary>
    public LastResult<Mention, EventDate> ParsedDates { get; } = new(DateAssigner.Parse);

    /// <summary>The why lines most events share with the one before: the same place mention, date or source.</summary>
    public LastResult<string?, string> PlaceLine { get; } = WhyLines.PlaceLine();
    public LastResult<string?, string> DateLine { get; } = WhyLines.DateLine();
    public LastResult<string?, string> AttributionLine { get; } = WhyLines.AttributionLine();

    private Mention? _lastStated;
    private EventDate? _lastDate;

    /// <summary>
    /// The sentence's own attribution; else the paragraph's (carried to the next sentence of the same
    /// paragraph only while no new source appears); else the outlet.
    /// </summary>
    public Attribution Attribute(SentenceMentions s)
    {
        if (s.Sentence.Paragraph != _paragraph) { _paragraph = s.Sentence.Paragraph; _paragraphAttribution = null; }
        var own = AttributionResolver.Resolve(s, _affiliations);
        if (own == Attribution.Unnamed) _paragraphAttribution = null;
        if (own.IsExplicit) { _paragraphAttribution = _lastExplicit = own; return own; }
        if (own.IsAnaphoric && _lastExplicit is not null) return _paragraphAttribution = own.Resolve(_lastExplicit);
        // "Elle avait été conquise en 2015 par l'EI", "reconquise en mai par l'armée": background told in the
        // pluperfect or dated by a month, a year or the start of a state is the writer's, not the source's.
        if (_paragraphAttribution is not null && own != Attribution.Unnamed && !s.Cues("before").Any() && !DateAssigner.TellsBackgroundTime(s))
            return _carried.Of(_paragraphAttribution);
        return string.IsNullOrEmpty(Document.Outlet) ? Attribution.None : _outlet ??= new Attribution([Document.Outlet], "outlet");
    }

    /// <summary>
    /// Fills roles the sentence leaves open: a subject pronoun ("ils") refers back to the last actor1; a battle
    /// or bombing with one side named implies the other side, as EVENTS.md's implied actor2.
    /// </summary>
    public Roles Complete(Roles roles, string triggerClass, SentenceMentions s, bool civilianToll = false)
    {
        // "sept personnes ont péri": a toll of people who do not fight makes the target civilian, as a civilian word does.
        var civiliansHit = civilianToll || s.Cues("civilian").Count > 0;
        var actor1 = roles.Actor1;
        var actor2 = roles.Actor2;
        var rule = roles.Rule;
        if (actor1 is null && !roles.Passive && _lastSubject is not null && AnyStartsBefore(s.Cues("pronoun"), roles.Trigger.FirstToken))
            (actor1, rule) = (_lastSubject, RuleSteps.Then(rule, "; actor1 from the pronoun"));
        // "les rebelles ont repoussé une offensive de l'armée", "ils ont été repoussés par l'armée": the attacker acts.
        if (triggerClass == "repel" && (actor1 ?? actor2) is not null)
            (actor1, actor2, rule) = (actor2 ?? Implied(actor1!), actor1 ?? Implied(actor2!), RuleSteps.Then(rule, "; the one who repels an attack is actor2"));
        if (triggerClass is "withdraw" or "lose" && actor1 is not null && !roles.Passive)
            (actor1, actor2, rule) = (OtherSideIn(s, actor1) ?? Implied(actor1), actor1,
                RuleSteps.Then(rule, triggerClass == "lose" ? "; the one who loses a place is actor2" : "; the one who withdraws is actor2"));
        if (actor2 is null && actor1 is not null && IsFight(triggerClass))
            (actor2, rule) = ImpliedTarget(actor1, triggerClass, civiliansHit, rule);
        // "en bombardant les cibles civiles des quartiers loyalistes": the object of a bombing, when civilian, is what it hits.
        if (IsBombing(triggerClass) && actor2 is not { IsCivilian: true } && CivilianObject(s, roles.Trigger, actor2))
            (actor2, rule) = (Named("Civilians (Syria)", "civ", actor1), RuleSteps.Then(rule, "; the object bombed is civilian"));
        // "ont bombardé les localités loyalistes, tuant 5 personnes": the people killed, not the place's holder, are hit.
        if (IsBombing(triggerClass) && civiliansHit && actor2 is { IsCivilian: false } && PlaceHolders.Of(s, Actors.InSentence(s.Sentence)).Contains(actor2))
            (actor1, actor2, rule) = (actor1 ?? Implied(actor2), Named("Civilians (Syria)", "civ", actor1 ?? actor2),
                RuleSteps.Then(RuleSteps.Then(rule, "; civilians hit, not the place's holder"), actor1 is null ? "; implied actor1: the holder's enemy" : ""));
        var foiler = Foiler(s, roles.Trigger);
        if (foiler is not null && foiler != actor1)
            (actor1, actor2, rule) = (foiler, actor1 ?? (actor2 == foiler ? null : actor2), RuleSteps.Then(rule, "; the one who stops the weapon acts"));
        // "la voiture piégée qu'ils avaient envoyée a été détruite": with nobody named for stopping it, the weapon's
        // sender is acted upon, by its target or else by the other side.
        else if (foiler is null && actor1 is { IsCivilian: false } && actor2 is not { IsCivilian: true } && IsWeapon(triggerClass) && SubTypeResolver.IsStopped(s, roles.Trigger))
            (actor1, actor2, rule) = (actor2 ?? Implied(actor1), actor1, RuleSteps.Then(rule, actor2 is null ? "; the weapon's sender is stopped by the other side" : "; the weapon's sender is stopped by its target"));
        if (triggerClass == "protest") (actor1, actor2, rule) = ProtestRoles(actor1, actor2, rule, s);
        if (triggerClass == "evacuate") (actor1, actor2, rule) = EvacuationRoles(actor1, actor2, rule);
        // "6 900 civils ont été évacués de Fouaa": civilians are evacuated by the state when nobody else is named.
        if (triggerClass == "evacuate" && actor1 is null && actor2 is { IsCivilian: true })
            (actor1, rule) = (Named(State, "pol", actor2), RuleSteps.Then(rule, "; civilians evacuated by nobody named: the government"));
        if (triggerClass == "decree" && actor1 is null) (actor1, rule) = (Named(State, "pol", actor2), RuleSteps.Then(rule, "; a state measure with nobody named is the government's"));
        // "la chute des quartiers de X": a place taken with no side named is read as the government's (the sub-type
        // says so), from the document's usual enemy.
        if (actor1 is null && actor2 is null && triggerClass is "capture" or "fall")
            (actor1, actor2, rule) = (Named(MostNamed.Government ?? Government, "gov", null),
                Named(MostNamed.Opposition ?? Opposition, "opp", null), RuleSteps.Then(rule, "; no side named: implied government and opposition"));
        if (actor2 is { IsCivilian: true } && s.Of(MentionKind.Trigger).Any(t => t.Value == "protest") && triggerClass is "kill" or "fire")
            actor2 = Named(Protesters, "civ", actor2);
        if (actor1 is not null && actor2?.Name == actor1.Name)
            (actor2, rule) = IsFight(triggerClass) ? ImpliedTarget(actor1, triggerClass, civiliansHit, RuleSteps.Then(rule, "; one actor cannot act on itself"))
                : (null, RuleSteps.Then(rule, "; one actor cannot act on itself"));
        if (actor1 is null && actor2 is not null && IsFight(triggerClass) && !actor2.IsCivilian)
            (actor1, rule) = (Implied(actor2), RuleSteps.Then(rule, "; implied actor1"));
        if (Claimant(s) is { } claimant && triggerClass is "Suicide bomb" or "Remote explosive/landmine/IED" or "kill" or "fire" or "strike" or "Shelling/artillery/missile attack" or "Armed clash")
        {
            (actor1, rule) = (claimant, RuleSteps.Then(rule, "; the group that claims it acts"));
            if (actor2?.Name == claimant.Name) actor2 = null;
        }
        // "les raids aériens se sont poursuivis": an air raid nobody is named for is flown by the air force the report is about.
        if (actor1 is null && !roles.Passive && IsAirRaid(triggerClass, s) && MostNamed.Government is { } airForce)
        {
            (actor1, rule) = (Named(airForce, "gov", actor2), RuleSteps.Then(rule, "; implied actor1: the government side's most named force"));
            if (actor2 is null) (actor2, rule) = ImpliedTarget(actor1, triggerClass, civiliansHit, rule);
        }
        if (actor1 is null && triggerClass is "Suicide bomb" or "Remote explosive/landmine/IED")
            (actor1, rule) = (Named(Unidentified, "opp", roles.Actor2 ?? Actors.All.FirstOrDefault()), RuleSteps.Then(rule, "; no group named: unidentified"));
        // "L'OSDH impute les attentats à l'EI": an attacker the sentence cannot name is the one the text blames.
        if (actor1?.Name == Unidentified && _named.Blamed is { } blamed)
            (actor1, rule) = (blamed, RuleSteps.Then(rule, "; the attacks are blamed on " + blamed.Name + " in the text"));
        // "trois civils ont trouvé la mort": the dead are named even when their killer is not.
        if (actor2 is null && (actor1 is not null || triggerClass == "kill") && civiliansHit && triggerClass is "Suicide bomb" or "Remote explosive/landmine/IED" or "kill")
            (actor2, rule) = (Named("Civilians (Syria)", "civ", actor1), RuleSteps.Then(rule, "; civilians hit"));
        // Most roles are complete already: they are handed back as they are, not copied.
        return ReferenceEquals(actor1, roles.Actor1) && ReferenceEquals(actor2, roles.Actor2) && ReferenceEquals(rule, roles.Rule)
            ? roles : roles with { Actor1 = actor1, Actor2 = actor2, Rule = rule };
    }

    /// <summary>
    /// A demonstration is held by protesters (civilians who demonstrate, or protesters by default, EVENTS.md). Nobody acts
    /// on a peaceful protest: it has no actor2. When forces intervene or kill, they act and the protesters are actor2.
    /// </summary>
    private static (ActorInfo?, ActorInfo?, string) ProtestRoles(ActorInfo? actor1, ActorInfo? actor2, string rule, SentenceMentions s)
    {
        var named = actor1 is { IsCivilian: true } ? actor1 : actor2 is { IsCivilian: true } ? actor2 : null;
        var protesters = named is null || named.Name == Protesters || named.Name == "Rioters (Syria)" ? named ?? Named(Protesters, "civ", null) : Named(Protesters, "civ", named);
        rule = RuleSteps.Then(rule, named is null ? "; protesters by default" : named == protesters ? "" : "; civilians who demonstrate are protesters");
        var shot = s.Cues("fatal").Any() || s.Of(MentionKind.Trigger).Any(t => t.Value == "fire");
        if (!s.Cues("intervention").Any() && !shot) return (protesters, null, rule);
        var forces = actor1 is { IsCivilian: false } ? actor1 : actor2 is { IsCivilian: false } ? actor2 : null;
        if (forces is not null) return (forces, protesters, RuleSteps.Then(rule, "; forces act on the protesters"));
        // "des manifestants ont été la cible de tirs": shot at by nobody named.
        return shot ? (Named(Unidentified, "opp", protesters), protesters, RuleSteps.Then(rule, "; shot at by an unnamed group")) : (protesters, null, rule);
    }

    private static bool AnyStartsBefore(MentionList cues, int token)
    {
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].FirstToken < token) return true;
        return false;
    }

    /// <summary>"des missiles ont été interceptés par la défense antiaérienne": the agent of the verb that stops a weapon.</summary>
    private ActorInfo? Foiler(SentenceMentions s, LocatedMention trigger)
    {
        // Loops: asked for every trigger, and most sentences have no such verb.
        if (StartingWithin.First(s.Cues("foiled"), trigger.EndToken, int.MaxValue) is not { } foiled
            || StartingWithin.First(s.Cues("agent"), foiled.EndToken, FoilerReach) is not { } agentCue) return null;
        foreach (var a in Actors.InSentence(s.Sentence))
            if (!a.IsCivilian && a.Mention.FirstToken >= agentCue.EndToken && a.Mention.FirstToken - agentCue.EndToken <= 2) return a;
        return null;
    }

    /// <summary>A weapon that strikes from afar or explodes: the classes a stopped weapon and a bombing's targets are read for.</summary>
    internal static bool IsWeapon(string triggerClass) =>
        triggerClass is "Remote explosive/landmine/IED" or "Suicide bomb" or "Shelling/artillery/missile attack" or "Air/drone strike";

    /// <summary>Fighters who are evacuated leave: they act and nobody is acted upon; evacuated civilians are acted upon.</summary>
    private static (ActorInfo?, ActorInfo?, string) EvacuationRoles(ActorInfo? actor1, ActorInfo? actor2, string rule)
    {
        if (actor1 is { IsCivilian: true } && actor2 is null) return (null, actor1, RuleSteps.Then(rule, "; evacuated civilians are actor2"));
        if (actor2 is { IsCivilian: false, IsPolitical: false } && (actor1 is null || actor1.IsPolitical))
            return (actor2, null, RuleSteps.Then(rule, "; the evacuated fighters act"));
        // "des bus transportant des rebelles et leurs familles": civilians who leave with the fighters are not acted upon.
        if (actor1 is { IsCivilian: false, IsGovernmentSide: false, IsPolitical: false } && actor2 is { IsCivilian: true })
            return (actor1, null, RuleSteps.Then(rule, "; civilians leave with the fighters"));
        return (actor1, actor2, rule);
    }

    /// <summary>"revendiqué par l'EI", "l'EI a revendiqué": the armed group that claims the sentence's attack.</summary>
    private ActorInfo? Claimant(SentenceMentions s)
    {
        // Asked for every trigger; most sentences have no word of claiming.
        var cues = s.Cues("claimed");
        if (cues.Count == 0) return null;
        // Loops over the sentence's armed actors, not a list of them and a closure a cue.
        var here = Actors.InSentence(s.Sentence);
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            var after = cue.EndToken < s.Sentence.EndToken && s.Is(cue.EndToken, FunctionWord.By) ? FirstArmedAfter(here, cue.EndToken) : null;
            if ((after ?? LastArmedBefore(here, cue.FirstToken)) is { } found) return found;
        }
        return null;
    }

    private static bool IsArmed(ActorInfo a) => !a.IsCivilian && !a.IsPolitical;

    /// <summary>The first armed actor starting at most three tokens after <paramref name="token"/> ("revendiqué par l'EI").</summary>
    private static ActorInfo? FirstArmedAfter(IReadOnlyList<ActorInfo> actors, int token)
    {
        for (var i = 0; i < actors.Count; i++)
            if (IsArmed(actors[i]) && actors[i].Mention.FirstToken > token && actors[i].Mention.FirstToken - token <= 3) return actors[i];
        return null;
    }

    /// <summary>The last armed actor ending at most two tokens before <paramref name="token"/> ("l'EI a revendiqué").</summary>
    private static ActorInfo? LastArmedBefore(IReadOnlyList<ActorInfo> actors, int token)
    {
        for (var i = actors.Count - 1; i >= 0; i--)
            if (IsArmed(actors[i]) && actors[i].Mention.EndToken <= token && token - actors[i].Mention.EndToken <= 2) return actors[i];
        return null;
    }

    /// <summary>The place of an event of the last sentences, else the document's main city or town.</summary>
    public EventPlace? FallbackPlace(SentenceMentions s) =>
        _lastEventPlace is not null && s.Sentence.Index - _lastEventSentence <= PlaceCarry ? _lastEventPlace : _mainPlace;

    /// <summary>Remembers what later sentences may refer back to: the date stated, the subject ("ils"), the event's place.</summary>
    /// <param name="actor1">The first actor1 of the sentence's events ("les combattants, menés par HTS" acted as HTS), if any.</param>
    public void Observe(SentenceMentions s, EventPlace? eventPlace, ActorInfo? actor1 = null)
    {
        if (DateAssigner.Stated(s) is { } stated) (_lastStated, _lastDate) = (stated.Mention, null);
        var subject = actor1 is { IsCivilian: false } ? actor1 : Actors.FirstNotCivilian(s.Sentence);
        if (subject is not null) _lastSubject = subject;
        if (eventPlace is not null) (_lastEventPlace, _lastEventSentence) = (eventPlace, s.Sentence.Index);
    }

    /// <summary>"une coalition de rebelles a infligé un coup dur au régime, qui a perdu Alep": the sentence's armed actor of the other side.</summary>
    private ActorInfo? OtherSideIn(SentenceMentions s, ActorInfo known)
    {
        // A loop: the lambda reading the known actor made its closure at every ask.
        var here = Actors.InSentence(s.Sentence);
        for (var i = 0; i < here.Count; i++)
            if (here[i].Side is not ("civ" or "pol" or "un") && here[i].Side != known.Side) return here[i];
        return null;
    }

    /// <summary>The other side of a fight, or civilians when a bombing hits them.</summary>
    private (ActorInfo, string) ImpliedTarget(ActorInfo actor1, string triggerClass, bool civiliansHit, string rule) =>
        civiliansHit && IsBombing(triggerClass) ? (Named("Civilians (Syria)", "civ", actor1), RuleSteps.Then(rule, "; implied actor2: civilians hit"))
            : (Implied(actor1), RuleSteps.Then(rule, "; implied actor2"));

    /// <summary>Words between a bombing and a civilian word that names its object ("bombardant les cibles civiles").</summary>
    private const int ObjectReach = 3;

    private static bool CivilianObject(SentenceMentions s, LocatedMention trigger, ActorInfo? actor2)
    {
        var cues = s.Cues("civilian");
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].FirstToken >= trigger.EndToken && cues[i].FirstToken - trigger.EndToken <= ObjectReach && (actor2 is null || cues[i].FirstToken < actor2.Mention.FirstToken))
                return true;
        return false;
    }

    private static bool IsBombing(string triggerClass) => triggerClass is "strike" or "Shelling/artillery/missile attack" or "Air/drone strike";

    private static bool IsAirRaid(string triggerClass, SentenceMentions s) =>
        triggerClass == "Air/drone strike" || triggerClass == "strike" && s.Cues("air").Count > 0;

    private static bool IsFight(string triggerClass) =>
        triggerClass is "capture" or "fall" or "lose" or "withdraw" or "Armed clash" or "repel" or "strike" or "Air/drone strike" or "Shelling/artillery/missile attack";

    /// <summary>
    /// The other side of a fight: the document's most named actor of the opposite camp (the Islamic State in an
    /// article about its last bastion), else the armed opposition or the Syrian army.
    /// </summary>
    /// <summary>
    /// "Une trêve a été conclue à Tafas": a truce with no party named is made between the Syrian state and the
    /// armed group the document names most, when the document's fight is between the government side and that group.
    /// </summary>
    public Roles WithImpliedParties(Roles roles)
    {
        // "un accord pour évacuer les combattants de X", after "un accord annoncé par la Russie": one party named, and
        // the government that announced the document's deal is the other.
        if ((roles.Actor1 is null) != (roles.Actor2 is null) && _named.Announcer is { } announcer && (roles.Actor1 ?? roles.Actor2)!.Name != announcer.Name)
            return roles with
            {
                Actor1 = announcer, Actor2 = roles.Actor1 ?? roles.Actor2,
                Rule = RuleSteps.Then(roles.Rule, "; the government that announced the document's deal is its party"),
            };
        if (roles.Actor1 is not null || roles.Actor2 is not null || MostNamed.Government is null || MostNamed.Opposition is not { } group)
            return roles;
        return roles with
        {
            Actor1 = Named(State, "pol", null), Actor2 = Named(group, "opp", null),
            Rule = RuleSteps.Then(roles.Rule, "; no party named: the state and the armed group the document names most"),
        };
    }

    private ActorInfo Implied(ActorInfo known)
    {
        var wantGovernment = !known.IsGovernmentSide;
        var name = (wantGovernment ? MostNamed.Government : MostNamed.Opposition) ?? (wantGovernment ? Government : Opposition);
        return Named(name, wantGovernment ? "gov" : "opp", known);
    }

    private static ActorInfo Named(string name, string side, ActorInfo? near) =>
        new(name, side, null, near?.Mention ?? new LocatedMention(new Mention(MentionKind.Actor, default, name, "implied"), 0, 0));
}
