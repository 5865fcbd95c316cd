using Sitrep.Model;
using Sitrep.Text;
using Told = (string Kind, string PlaceKey, Sitrep.Model.Place? Place, System.DateOnly? Date, Sitrep.Model.TextSpan Quote, string SubType);

namespace Sitrep.Coding;

/// <summary>
/// Codes a document per EVENTS.md: for each sentence with a trigger, the actors' roles, the sub-event type,
/// one event per place, the date, casualties, attribution, negation and hedging; then claims and labels.
/// Built once; thread-safe (all per-document state lives in <see cref="DocumentState"/>).
/// </summary>
public sealed class EventCoder(IPlaceResolver places, ClaimCoder claims, GenericReferents referents, CasualtyNouns casualtyNouns, AgentAdjectives adjectives, PoliticalForms politicalForms, FunctionWords words)
{
    private readonly ActLines _lines = new();

    public CodedDocument Code(AnalyzedText text, IReadOnlyList<Mention> mentions)
    {
        // Given back once the document is coded: nothing coded keeps a sentence's mentions.
        using var arrays = SentenceMentions.Rent(text, mentions);
        var sentences = SentenceMentions.Group(text, mentions, words, arrays);
        var actors = new AnalyzedTextActors(text, Actors(sentences), referents, words);
        var state = new DocumentState(text.Document, actors, places, sentences);
        var events = new List<CodedEvent>();
        var claimList = new List<Claim>();
        var previous = (Sentence: -1, First: 0);
        // Each sentence's events, in one list for the document, emptied for each sentence: most sentences code none.
        var coded = new List<CodedEvent>();
        foreach (var s in sentences)
        {
            var attribution = state.Attribute(s);
            var casualties = CasualtyReader.Read(s, casualtyNouns);
            coded.Clear();
            CodeSentence(s, state, attribution, casualties, coded);
            if (previous.Sentence == s.Sentence.Index - 1)
                NextSentence.Apply(events, previous.First, coded, s, casualties, attribution, state.Actors.InSentence(s.Sentence), text.Document.Outlet);
            if (coded.Count > 0) previous = (s.Sentence.Index, events.Count);
            events.AddRange(coded);
            var used = casualties.Used.Count > 0 && StatesCasualties(coded) ? casualties.Used : NoneUsed;
            // A toll that a named source states is also that source's claim: the ledger sets it against other tolls.
            if (attribution.IsExplicit && used.Count > 0) used = NotStated(used);
            // Claims are figures: a sentence without any has none.
            if (s.Of(MentionKind.Quantity).Count > 0 && !HeadlineRule.IsHeadline(s))
                claims.Code(s, used, attribution.Chain, state.AttributionLine.Of(attribution.Rule), state.LastDate?.Date ?? text.Document.Published?.AsDate, claimList);
        }
        // A source that states one figure twice (the title, then the lead) makes one claim; the outlet that prints a
        // figure a named source states makes none of its own.
        return new CodedDocument(text.Document, Merge(NarrowCityTellings(DropEchoes(events, places), places), text.Document.Outlet),
            Claimed(claimList, text.Document.Outlet),
            LabelCoder.Code(actors), mentions);
    }

    /// <summary>What the dictionary says of each actor mention, in text order: read straight into one list, not listed first.</summary>
    private static List<ActorInfo> Actors(SentenceMentions[] sentences)
    {
        // Counted first: the list is made at its size, not grown.
        var count = 0;
        foreach (var s in sentences) count += s.Of(MentionKind.Actor).Count;
        var all = new List<ActorInfo>(count);
        foreach (var s in sentences)
            foreach (var m in s.Of(MentionKind.Actor)) all.Add(ActorInfo.From(m));
        return all;
    }

    /// <summary>
    /// The claims, each (value, unit, first source) once, the first told, less those the outlet only prints. Loops, as
    /// LINQ's <c>DistinctBy</c> then <c>Where</c> chose: their closures, iterators and set were made for every document.
    /// A document states a few figures: each is compared with those before it.
    /// </summary>
    private static List<Claim> Claimed(List<Claim> claims, string? outlet)
    {
        var claimed = new List<Claim>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
            if (!StatedBefore(claims, i) && !OnlyPrints(claims[i], claims, outlet)) claimed.Add(claims[i]);
        return claimed;
    }

    /// <summary>Whether a claim before the one at <paramref name="index"/> has its (value, unit, first source), as tuples are equal.</summary>
    private static bool StatedBefore(List<Claim> claims, int index)
    {
        var figure = Figure(claims[index]);
        for (var i = 0; i < index; i++)
            if (Figure(claims[i]).Equals(figure)) return true;
        return false;
    }

    private static (double Value, string? Unit, string Source) Figure(Claim c) => (c.Value, c.Unit, c.Sources.Count > 0 ? c.Sources[0] : "");

    private static bool OnlyPrints(Claim claim, List<Claim> all, string? outlet)
    {
        if (claim.Sources is not [var only] || only != outlet) return false;
        foreach (var c in all)
            if (c.Value == claim.Value && c.Unit == claim.Unit && c.Sources.Count > 0 && c.Sources[0] != outlet) return true;
        return false;
    }

    private static readonly IReadOnlyList<Mention> NoneUsed = [];

    /// <summary>The figures of a toll that are not also a named source's claim: a loop, not LINQ's iterator and list for every such toll.</summary>
    private static List<Mention> NotStated(IReadOnlyList<Mention> used)
    {
        var kept = new List<Mention>(used.Count);
        for (var i = 0; i < used.Count; i++)
            if (!ClaimCoder.IsStatedFigure(used[i])) kept.Add(used[i]);
        return kept;
    }

    private static bool StatesCasualties(List<CodedEvent> coded)
    {
        foreach (var e in coded)
            if (e.Event.Fatalities is not null || e.Event.Injured is not null) return true;
        return false;
    }

    /// <summary>Adds the sentence's events to <paramref name="result"/>.</summary>
    private void CodeSentence(SentenceMentions s, DocumentState state, Attribution attribution, Casualties casualties, List<CodedEvent> result)
    {
        // Most sentences have no trigger: they code nothing, and only tell later sentences what they may refer back to.
        if (s.Of(MentionKind.Trigger).Count == 0)
        {
            state.Observe(s, null);
            return;
        }
        var triggers = HeadlineRule.IsHeadline(s) ? MentionList.Empty : s.EventTriggers;
        EventPlace? lastPlace = null;
        ActorInfo? firstActor1 = null;
        if (triggers.Count > 0 && DateAssigner.IsBackground(s, state.ReportYear)) triggers = MentionList.Empty;
        // Most sentences have no trigger: their actors are not listed.
        var actorsHere = triggers.Count > 0 ? RolelessActors.Without(s, state.Actors.InSentence(s.Sentence)) : [];
        // By index: a list read through its interface by foreach makes an enumerator.
        for (var at = 0; at < triggers.Count; at++)
        {
            var trigger = triggers[at];
            var where = state.UnnamedQuarter.Resolve(s, PlaceSelector.Select(s, state.Places, trigger));
            var roles = state.Complete(adjectives.Fill(RoleAssigner.Assign(s, trigger, actorsHere), s), trigger.Value, s, casualties.OfCivilians);
            firstActor1 ??= roles.Actor1;
            var subType = SubTypeResolver.Resolve(trigger.Value, roles, s);
            if (subType == "Agreement") roles = state.WithImpliedParties(AgreementParties.WithAnnouncer(politicalForms.InAgreement(roles, s), s));
            var negated = Flagged(s, trigger, "negation");
            var hedged = Flagged(s, trigger, "hedge");
            // A denied or only planned act did not happen on a day: the day named is the denial's or the plan's.
            var date = negated || hedged ? NotDone
                : DateAssigner.Assign(s, trigger, state.LastDate, state.Document.Published, state.ParsedDates);
            var locations = where.Count > 0 ? where : state.FallbackPlace(s) is { } fallback ? [fallback] : [];
            // An act placed nowhere codes no event: its why lines are not written.
            if (locations.Count == 0) continue;
            var oneEvent = locations.Count == 1;
            // The lines but the place's are the same for each place of the act.
            var (triggerLine, rolesLine) = (_lines.Trigger(trigger), _lines.Roles(roles.Rule));
            var (dateLine, attributionLine) = (state.DateLine.Of(date.Rule), state.AttributionLine.Of(attribution.Rule));
            for (var i = 0; i < locations.Count; i++)
            {
                var place = locations[i];
                // "ont pris d'assaut le quartier X, progressant vers la place Y": the first place named is the act's.
                lastPlace ??= place;
                result.Add(new CodedEvent(new Event
                {
                    DocId = state.Document.Id,
                    Quote = s.Quote,
                    QuoteSpan = s.Text.SpanOf(s.Sentence),
                    EventType = EventTaxonomy.TypeOfSubType[subType],
                    SubEventType = subType,
                    Actor1 = roles.Actor1?.Name,
                    Actor2 = roles.Actor2?.Name,
                    Location = place.Written,
                    Place = place.Place,
                    Date = date.Date,
                    TimePrecision = date.Precision,
                    Fatalities = oneEvent ? casualties.Fatalities : null,
                    Injured = oneEvent ? casualties.Injured : null,
                    Sources = attribution.Chain,
                    Negated = negated,
                    Hedged = hedged,
                    // An array: a collection expression for a read-only list wraps its array in a second object.
                    Why = new[]
                    {
                        triggerLine,
                        rolesLine,
                        where.Count > 0 ? state.PlaceLine.Of(place.Mention.Mention.Entry)
                            : $"{WhyLines.Place}carried from context ({place.Mention.Mention.Entry})",
                        dateLine,
                        attributionLine,
                    },
                }, trigger.Detail == "weak", trigger.Value, date.IsAssumed, where.Count == 0));
            }
        }
        state.Observe(s, lastPlace, firstActor1);
    }

    /// <summary>The date of a denied or only planned act: one record for all (a record is never changed, only copied).</summary>
    private static readonly EventDate NotDone = EventDate.Unknown with { Rule = "no date: denied or not yet done" };

    /// <summary>
    /// A negation or hedge cue before the trigger ("a nié avoir bombardé"), or right after a noun trigger as its
    /// verb ("l'accord devrait permettre").
    /// </summary>
    private static bool Flagged(SentenceMentions s, LocatedMention trigger, string cue)
    {
        // By index: asked twice a trigger, and a list read through its interface by foreach makes an enumerator.
        var cues = s.Cues(cue);
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].EndToken <= trigger.FirstToken && CuesAhead(s, cues[i].EndToken, trigger.FirstToken)
                || cues[i].FirstToken >= trigger.EndToken && cues[i].FirstToken - trigger.EndToken <= 2)
                return true;
        return false;
    }

    /// <summary>Words a cue may stand before its trigger; more in one clause ("a demandé au président X l'autorisation de reprendre les frappes").</summary>
    private const int CueReach = 8, CueReachInClause = 12;

    private static bool CuesAhead(SentenceMentions s, int from, int to) =>
        to - from <= CueReach || to - from <= CueReachInClause && !s.HasPunctuation(from, to);

    /// <summary>
    /// A generic word ("l'attaque", "le bilan", "les combats") at a place and day the document already has an event
    /// of its kind for (violence echoes violence; a deal, a deal), or at a city holding the place of such an event
    /// ("les combats à Damas" after a fight at Jobar), tells that event again: its event is dropped. "Un accord sur
    /// l'évacuation du quartier" is no echo of the quarter's bombing.
    /// </summary>
    private static List<Event> DropEchoes(List<CodedEvent> events, IPlaceResolver places)
    {
        var kept = new List<Event>(events.Count);
        foreach (var e in events)
            if (!e.Weak) kept.Add(e.Event);
        // No weak event, as in most documents: nothing to compare, and the events are in text order already.
        if (kept.Count == events.Count && InTextOrder(kept)) return kept;
        // An echo depends only on the place and day of the kept events: each weak one is compared with the different ones
        // (a list, each once: a document tells a few, and hashing their places cost more than reading them).
        // A denied or planned act did not happen: a generic word cannot tell it again.
        // Room for every event kept, each once: the list is not grown.
        var told = new List<Told>(events.Count);
        foreach (var e in kept)
            if (!e.Negated && !e.Hedged) AddOnce(told, Told(e));
        // Loops, not lambdas, below: a lambda reading a weak event made its closure for each, and one reading the
        // resolver made one for every document, echoes or not.
        var assumedDays = new HashSet<TextSpan>();
        foreach (var e in events)
            if (!e.Weak && e.DayAssumed) assumedDays.Add(e.Event.QuoteSpan);
        foreach (var weak in events)
        {
            if (!weak.Weak || Echoes(told, weak.Event, places)) continue;
            // "Nul n'a encore revendiqué l'attaque": a generic word in a sentence that names no place tells again the
            // last act of its kind, wherever that was.
            if (weak.PlaceCarried && EchoesAnEarlierAct(told, weak.Event)) continue;
            if (Redated(kept, weak.Event, assumedDays) is { } redated)
                Revise(kept, told, redated, RedatedBy(kept[redated], weak.Event));
            else if (CountInSentence(events, weak.Event.QuoteSpan) == 1 && Narrowed(kept, weak.Event, places) is { } narrowed)
                Revise(kept, told, narrowed, NarrowedTo(kept[narrowed], weak.Event));
            else
            {
                kept.Add(weak.Event);
                AddOnce(told, Told(weak.Event));
            }
        }
        // Weak tellings kept mostly come last in text order too: sorted (stably) only when they do not.
        if (!InTextOrder(kept)) SortInTextOrder(kept);
        return kept;
    }

    /// <summary>
    /// Sorts the events by where their sentence starts, stably (as <c>OrderBy</c> did), in place: the list is
    /// <see cref="DropEchoes"/>' own, and only a few weak tellings kept at its end are out of place.
    /// </summary>
    private static void SortInTextOrder(List<Event> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            var (e, j) = (events[i], i);
            for (; j > 0 && events[j - 1].QuoteSpan.Start > e.QuoteSpan.Start; j--) events[j] = events[j - 1];
            events[j] = e;
        }
    }

    /// <summary>
    /// Whether a weak telling tells again an act told: of its kind, at its place or at a city that holds it, on its day,
    /// and not another sub-type told by the same sentence.
    /// </summary>
    private static bool Echoes(List<Told> told, Event weak, IPlaceResolver places)
    {
        var (kind, placeKey) = (EchoKind(weak), PlaceKey(weak));
        foreach (var k in told)
            if (k.Kind == kind && (k.PlaceKey == placeKey || Holds(places, weak.Place, k.Place)) && SameDay(k.Date, weak.Date)
                && !(k.Quote == weak.QuoteSpan && k.SubType != weak.SubEventType))
                return true;
        return false;
    }

    /// <summary>Whether an act of the weak telling's kind and day was told in an earlier sentence.</summary>
    private static bool EchoesAnEarlierAct(List<Told> told, Event weak)
    {
        var kind = EchoKind(weak);
        foreach (var k in told)
            if (k.Kind == kind && SameDay(k.Date, weak.Date) && k.Quote.Start < weak.QuoteSpan.Start) return true;
        return false;
    }

    /// <summary>How many events the sentence quoted tells.</summary>
    private static int CountInSentence(List<CodedEvent> events, TextSpan quote)
    {
        var count = 0;
        foreach (var e in events)
            if (e.Event.QuoteSpan == quote) count++;
        return count;
    }

    /// <summary>A kept event that a generic word told more of, replaced, and its place and day as told updated.</summary>
    private static void Revise(List<Event> kept, List<Told> told, int index, Event revised)
    {
        if (IndexOf(told, Told(kept[index])) is var at and >= 0) told.RemoveAt(at);
        kept[index] = revised;
        AddOnce(told, Told(revised));
    }

    private static void AddOnce(List<Told> told, Told item)
    {
        if (IndexOf(told, item) < 0) told.Add(item);
    }

    /// <summary>
    /// Where an equal telling stands in the list, or -1. Compared field by field, as the tuples' equality does, the
    /// sentence's span first (most tellings differ there): a list's <c>Contains</c> compared them through the
    /// tuple's generic comparers.
    /// </summary>
    private static int IndexOf(List<Told> told, in Told item)
    {
        for (var i = 0; i < told.Count; i++)
        {
            var k = told[i];
            if (k.Quote == item.Quote && k.Kind == item.Kind && k.PlaceKey == item.PlaceKey && k.SubType == item.SubType
                && k.Date == item.Date && k.Place == item.Place)
                return i;
        }
        return -1;
    }

    /// <summary>The event with the day a later generic word states, and its toll where the event had none.</summary>
    private static Event RedatedBy(Event assumed, Event weak) => assumed with
    {
        Date = weak.Date, TimePrecision = weak.TimePrecision,
        Fatalities = assumed.Fatalities ?? weak.Fatalities, Injured = assumed.Injured ?? weak.Injured,
        Why = WhyLines.Rewrite(assumed.Why, WhyLines.Date, _ => $"{WhyLines.Date}named by a later generic word ({WhyLines.Of(weak.Why, WhyLines.Date)})"),
    };

    /// <summary>
    /// "L'armée a repris un quartier de Homs", then "les troupes ont repris le quartier d'al-Waer": a telling at the
    /// city of a battle or a protest that another telling places in one of its quarters or squares (same sub-type, day
    /// and actor1, or no actor1 named at the city) is that event; it takes the quarter, so that the two merge.
    /// </summary>
    private static List<Event> NarrowCityTellings(List<Event> events, IPlaceResolver places)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var city = events[i];
            // Strikes fall on many places of a city at once ("des raids sur un marché" and "des barils sur le quartier
            // X" are two events); a battle or a capture has one front, a demonstration one square.
            if (city.Place is not { Level: "city" } || city.EventType is not ("Battles" or "Protests")) continue;
            if (OnlyQuarter(events, city, places) is { } quarter) events[i] = city with { Location = quarter.Location, Place = quarter.Place };
        }
        return events;
    }

    /// <summary>
    /// The first telling of the city's act at a place it holds, when all such tellings are at that place (by place key),
    /// else null. A loop, as <c>Where</c> then <c>DistinctBy</c> chose: the lambda's closure (its resolver) was made for
    /// every document, and a closure, iterators and a set for every battle or protest at a city.
    /// </summary>
    private static Event? OnlyQuarter(List<Event> events, Event city, IPlaceResolver places)
    {
        Event? first = null;
        string? firstKey = null;
        foreach (var q in events)
        {
            if (q.SubEventType != city.SubEventType || !(q.Actor1 == city.Actor1 || city.Actor1 is null) || q.Date != city.Date
                || !Holds(places, city.Place, q.Place)) continue;
            var key = PlaceKey(q);
            if (first is null) (first, firstKey) = (q, key);
            else if (key != firstKey) return null;
        }
        return first;
    }

    /// <summary>The event at the weak telling's quarter; a telling with no actor ("les combats à Damas") takes the weak one's.</summary>
    private static Event NarrowedTo(Event city, Event quarter) =>
        city.Actor1 is null
            ? city with { Location = quarter.Location, Place = quarter.Place, Actor1 = quarter.Actor1, Actor2 = quarter.Actor2 }
            : city with { Location = quarter.Location, Place = quarter.Place };

    /// <summary>
    /// "Des frappes ont touché Binnish. L'attaque, le 2 février, a coûté la vie à cinq civils": a generic word with a day
    /// stated, at the place of the one event of its kind whose day was only assumed, names that event's day. The
    /// index of that event, or null.
    /// </summary>
    private static int? Redated(List<Event> kept, Event weak, HashSet<TextSpan> assumedDays)
    {
        if (weak.Date is null || assumedDays.Count == 0) return null;
        int? found = null;
        for (var i = 0; i < kept.Count; i++)
        {
            var k = kept[i];
            if (!assumedDays.Contains(k.QuoteSpan) || EchoKind(k) != EchoKind(weak) || PlaceKey(k) != PlaceKey(weak) || k.Negated || k.Hedged) continue;
            if (found is not null) return null;
            found = i;
        }
        return found;
    }

    private static bool SameDay(DateOnly? a, DateOnly? b) => a is null || b is null || a == b;

    /// <summary>
    /// "Le bombardement a touché le quartier X" after barrels dropped on a city: a generic word at a quarter of the city
    /// where one event of its kind, and one only, took place names where that event was, when it names no other place.
    /// The index of that event, or null.
    /// </summary>
    private static int? Narrowed(List<Event> kept, Event weak, IPlaceResolver places)
    {
        int? found = null;
        for (var i = 0; i < kept.Count; i++)
        {
            var k = kept[i];
            if (k.Negated || k.Hedged || EchoKind(k) != EchoKind(weak) || !SameDay(k.Date, weak.Date) || !Holds(places, k.Place, weak.Place)) continue;
            if (found is not null) return null;
            found = i;
        }
        return found;
    }

    private static bool InTextOrder(List<Event> events)
    {
        for (var i = 1; i < events.Count; i++)
            if (events[i].QuoteSpan.Start < events[i - 1].QuoteSpan.Start) return false;
        return true;
    }

    /// <summary>
    /// A known city that holds another place: a quarter of it in the gazetteer, a site named after it, or a quarter
    /// the gazetteer does not hold and the text places in no other city (the gazetteer has quarters of Aleppo only).
    /// </summary>
    private static bool Holds(IPlaceResolver places, Place? outer, Place? inner) =>
        outer is { Level: "city", Id: { } outerId } && inner is not null && inner.Id != outerId
        && (inner.Id is { } innerId ? places.IsWithin(innerId, outerId)
            : inner.Parent == outer.Name || inner is { Parent: null, Level: "neighbourhood" });

    private static Told Told(Event e) =>
        (EchoKind(e), PlaceKey(e), e.Place, e.Date, e.QuoteSpan, e.SubEventType);

    /// <summary>The kinds of event a generic word may tell again: the violent types together, each other type apart.</summary>
    private static string EchoKind(Event e) =>
        e.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians" ? "violence" : e.EventType;

    /// <summary>A telling that names who says it, not only the outlet that prints it.</summary>
    private static bool NamesItsSource(Event e, string? outlet) => e.Sources.Count > 0 && e.Sources[0] != outlet;

    private static string PlaceKey(Event e) => e.Place?.Id ?? TextNormalizer.Normalize(e.Location ?? "");

    /// <summary>
    /// The same event told twice in one document (same sub-type, place and day) is one event. Every telling is kept
    /// (one per sentence: several triggers or places of one sentence tell it once), so that the sources of each
    /// count; the first plain telling leads (not a denial or a forecast: "l'armée a nié avoir bombardé" is not what
    /// asserts the bombing); its source is the first such telling's that names one, before the outlet that prints
    /// them all; the lowest casualty figures stand (ACLED's conservative rule: a cumulative toll told beside it is
    /// not this event's).
    /// </summary>
    private static List<Event> Merge(List<Event> events, string? outlet)
    {
        if (events.Count > PairwiseLimit) return events.GroupBy(MergeKey).Select(g => MergeTellings(g, outlet)).ToList();
        // Each event's group is known by its first telling's index (as GroupBy orders its groups, by first telling).
        Span<int> groupOf = stackalloc int[events.Count];
        if (FirstTellings(events, groupOf))
        {
            // Most documents tell each event once: each stands alone, as its group of one would, in place (the list is
            // the coder's own, made by DropEchoes: no second list for the same events).
            for (var i = 0; i < events.Count; i++) events[i] = Alone(events[i], outlet);
            return events;
        }
        // A few told twice: each group's tellings listed in text order, as GroupBy lists them, without its lookup.
        var merged = new List<Event>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (groupOf[i] != i) continue;
            List<Event>? tellings = null;
            for (var j = i + 1; j < events.Count; j++)
                if (groupOf[j] == i) (tellings ??= [events[i]]).Add(events[j]);
            merged.Add(tellings is null ? Alone(events[i], outlet) : MergeTellings(tellings, outlet));
        }
        return merged;
    }

    /// <summary>An event told once, as <see cref="MergeTellings"/> gives it: as it stands when it has no other report (most), not put in a group first.</summary>
    private static Event Alone(Event e, string? outlet) => e.OtherReports.Count == 0 ? e : MergeTellings([e], outlet);

    private static (string SubType, string Place, DateOnly? Date) MergeKey(Event e) => (e.SubEventType, PlaceKey(e), e.Date);

    /// <summary>Above this many events the grouping is left to <c>GroupBy</c>: the pairs compared here grow as their square.</summary>
    private const int PairwiseLimit = 64;

    /// <summary>
    /// Fills <paramref name="groupOf"/> with the index of each event's first telling (the first event of its merge key),
    /// and says whether every event is its own first telling. The keys are compared field by field as the tuples are,
    /// the place's last: an array of the keys was made for every document, and most pairs differ by sub-type or day.
    /// </summary>
    private static bool FirstTellings(List<Event> events, Span<int> groupOf)
    {
        var eachOnce = true;
        for (var i = 0; i < events.Count; i++)
        {
            groupOf[i] = i;
            for (var j = 0; j < i; j++)
                if (SameMergeKey(events[i], events[j]))
                {
                    (groupOf[i], eachOnce) = (j, false);
                    break;
                }
        }
        return eachOnce;
    }

    /// <summary>Whether two events have one <see cref="MergeKey"/>.</summary>
    private static bool SameMergeKey(Event a, Event b) =>
        a.SubEventType == b.SubEventType && a.Date == b.Date && PlaceKey(a) == PlaceKey(b);

    private static Event MergeTellings(IEnumerable<Event> tellings, string? outlet)
    {
        // One telling with no other report, as most events are: it is the event as it stands.
        if (tellings.TryGetNonEnumeratedCount(out var count) && count == 1 && tellings.First() is { OtherReports.Count: 0 } only) return only;
        var g = tellings.OrderBy(e => e.Negated).ThenBy(e => e.Hedged).ToList();
        var lead = g[0];
        var sourced = g.FirstOrDefault(e => e.Negated == lead.Negated && e.Hedged == lead.Hedged && NamesItsSource(e, outlet)) ?? lead;
        return lead with
        {
            Sources = sourced.Sources,
            Why = sourced == lead ? lead.Why
                : WhyLines.Rewrite(lead.Why, WhyLines.Attribution, _ => WhyLines.Of(sourced.Why, WhyLines.Attribution) + " (from another telling)"),
            Fatalities = g.Min(e => e.Fatalities),
            Injured = g.Min(e => e.Injured),
            OtherReports = g.SelectMany(e => e.Reports).DistinctBy(r => r.QuoteSpan).Skip(1).ToList(),
        };
    }
}
