using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// Finds who a sentence says its facts come from: "selon X", "d'après X", "X a indiqué", "a indiqué X",
/// "a indiqué à l'AFP X" (X via AFP), "cité par Y" (… via Y), "X, citant Y" (Y via X). Named sources only;
/// an armed group or government speaking for itself is cited under its actor name.
/// </summary>
public static class AttributionResolver
{
    /// <summary>Tokens allowed between a cue and its source: "selon le correspondant d'al-Manar".</summary>
    private const int Reach = 5;

    /// <param name="affiliations">The document's persons known to speak for an organisation, by name: filled and read here.</param>
    public static Attribution Resolve(SentenceMentions s, Dictionary<string, string> affiliations)
    {
        // Speakers are listed when a rule below first reads them: listing them scans for proper names.
        var speakers = new SpeakersOf(s);
        var sourceBefore = s.Cues("source-before");
        for (var i = 0; i < sourceBefore.Count; i++)
        {
            var cue = sourceBefore[i];
            var src = Affiliation(s, FirstAfter(speakers.Listed, cue.EndToken), affiliations);
            if (src is not null) return Extend(s, ref speakers, new List<string> { src.Value.Name }, src.Value.End, $"source-before \"{CueText(s, cue)}\"");
        }
        var speech = s.Cues("speech");
        for (var i = 0; i < speech.Count; i++)
        {
            var cue = speech[i];
            // "l'armée avait annoncé une vaste offensive": the announcement is the act coded, not a report of one.
            if (AnyOverlaps(s.Of(MentionKind.Trigger), cue)) continue;
            if (StartingWithin.First(s.Cues("unnamed-source"), cue.EndToken, 1) is { } unnamed)
            {
                // "ont indiqué des sources pour al-Manar": nobody is named, but the medium they spoke to is.
                var medium = FirstSourceAfter(s, unnamed.EndToken, 2);
                if (medium is not null && IsMedium(s, unnamed.EndToken, medium.Value.First))
                    return Extend(s, ref speakers, [medium.Value.Name], medium.Value.End, $"unnamed source to a medium \"{CueText(s, cue)}\"");
                // "a indiqué la source, citée par l'agence X": nobody is named, but the medium that carried it is.
                var carried = Extend(s, ref speakers, [], unnamed.EndToken, $"unnamed source cited by a medium \"{CueText(s, cue)}\"");
                return carried.Chain.Count > 0 ? carried : Attribution.Unnamed;
            }
            // "a déclaré à l'AFP le chef de l'OSDH": the medium comes first in the text, the speaker after it.
            // After "a indiqué que" comes what was said, not who said it.
            var after = IntroducesSpeech(s, cue) ? null : FirstSourceAfter(s, cue.EndToken);
            if (after is not null && IsMedium(s, cue.EndToken, after.Value.First))
            {
                var speaker = Affiliation(s, FirstAfter(speakers.Listed, after.Value.End, Reach + 6), affiliations);
                var chain = speaker is null ? new List<string> { after.Value.Name } : [speaker.Value.Name, after.Value.Name];
                return Extend(s, ref speakers, chain, (speaker ?? after).Value.End, $"speech+medium \"{CueText(s, cue)}\"");
            }
            if (after is not null) return Extend(s, ref speakers, [after.Value.Name], after.Value.End, $"speech, source after \"{CueText(s, cue)}\"");
            var before = Affiliation(s, Apposed(s, speakers.Listed, LastBefore(speakers.Listed, cue.FirstToken)), affiliations);
            if (before is not null) return Extend(s, ref speakers, [before.Value.Name], cue.EndToken, $"speech, source before \"{CueText(s, cue)}\"");
        }
        return Anaphoric(s) is { } cue2 ? Attribution.Anaphoric(CueText(s, cue2), s.Cues("latter").Any()) : Attribution.None;
    }

    /// <summary>
    /// "selon lui", "il a précisé", "cette instance a ajouté", "ce dernier a confirmé", "ajoute l'agence": the speaker is the one the
    /// text last cited. The chain is left empty here; the document fills it with the last source it cited.
    /// </summary>
    public static LocatedMention? Anaphoric(SentenceMentions s)
    {
        var sourceBefore = s.Cues("source-before");
        for (var i = 0; i < sourceBefore.Count; i++)
            if (sourceBefore[i].EndToken < s.Sentence.EndToken && s.Is(sourceBefore[i].EndToken, FunctionWord.StressedPronoun)) return sourceBefore[i];
        var speech = s.Cues("speech");
        foreach (var cue in speech)
            if (cue.FirstToken > s.Sentence.FirstToken && (RefersBack(s, s.Cues("anaphor"), cue) || RefersBack(s, s.Cues("latter"), cue)))
                return cue;
        return null;
    }

    /// <summary>
    /// Whether one of the anaphors is the verb of saying's subject: just before it, just after it, or opening the sentence.
    /// A loop: a lambda here made its closure for every sentence, before any test.
    /// </summary>
    private static bool RefersBack(SentenceMentions s, MentionList anaphors, LocatedMention cue)
    {
        for (var i = 0; i < anaphors.Count; i++)
        {
            var a = anaphors[i];
            if (a.EndToken <= cue.FirstToken && cue.FirstToken - a.EndToken <= 3 || a.FirstToken == cue.EndToken || OpensSubject(s, a, cue)) return true;
        }
        return false;
    }

    /// <summary>Words a subject may hold between its opening anaphor and its verb of saying.</summary>
    private const int SubjectReach = 20;

    /// <summary>
    /// "Cette instance médiatique de l'opposition, soutenue par …, a précisé": an anaphor that opens the sentence is the
    /// subject of the verb of saying that ends its clause, however long the subject, when no source is named between.
    /// </summary>
    private static bool OpensSubject(SentenceMentions s, LocatedMention anaphor, LocatedMention speech)
    {
        if (anaphor.FirstToken != s.Sentence.FirstToken || anaphor.EndToken > speech.FirstToken || speech.FirstToken - anaphor.EndToken > SubjectReach)
            return false;
        var sources = s.Of(MentionKind.Source);
        for (var i = 0; i < sources.Count; i++)
            if (sources[i].FirstToken >= anaphor.EndToken && sources[i].EndToken <= speech.FirstToken) return false;
        for (var t = anaphor.EndToken; t < speech.FirstToken; t++)
            if (s.Norm(t) is "." or ";" or ":") return false;
        return true;
    }

    private readonly record struct Speaker(string Name, int First, int End);

    /// <summary>
    /// A sentence's <see cref="Speakers"/>, listed at the first rule that reads them: a source named right after its verb
    /// of saying ("a affirmé le directeur de l'OSDH") needs none, and a sentence with no cue never asks. Passed by
    /// reference, so that the list is made once.
    /// </summary>
    private struct SpeakersOf(SentenceMentions s)
    {
        private List<Speaker>? _listed;

        public List<Speaker> Listed => _listed ??= Speakers(s);
    }

    /// <summary>
    /// The first named source starting at most <paramref name="reach"/> tokens from token <paramref name="token"/> on: read
    /// in place, not listed as speakers first (a list for every verb of saying).
    /// </summary>
    private static Speaker? FirstSourceAfter(SentenceMentions s, int token, int reach = Reach) =>
        StartingWithin.First(s.Of(MentionKind.Source), token, reach) is { } source ? new Speaker(source.Value, source.FirstToken, source.EndToken) : null;

    /// <param name="room">Room for this many more speakers in the list.</param>
    private static List<Speaker> NamedSources(SentenceMentions s, int room)
    {
        var sources = s.Of(MentionKind.Source);
        var list = new List<Speaker>(sources.Count + room);
        for (var i = 0; i < sources.Count; i++) list.Add(new Speaker(sources[i].Value, sources[i].FirstToken, sources[i].EndToken));
        return list;
    }

    private static bool AnyOverlaps(MentionList mentions, LocatedMention cue)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].FirstToken < cue.EndToken && cue.FirstToken < mentions[i].EndToken) return true;
        return false;
    }

    /// <summary>
    /// "a indiqué que", "a précisé lundi que": what follows is what was said (one word of the saying's time aside,
    /// read or not as a date: a weekday is no date when the report's day is unknown).
    /// </summary>
    private static bool IntroducesSpeech(SentenceMentions s, LocatedMention cue)
    {
        var next = cue.EndToken;
        if (StartingWithin.At(s.Of(MentionKind.Date), next) is { } date) next = date.EndToken;
        else if (next + 1 < s.Sentence.EndToken && s.Text.Tokens[next].Kind == Sitrep.Text.TokenKind.Word
                 && StartingWithin.At(s.Of(MentionKind.Source), next) is null && s.Is(next + 1, FunctionWord.That)) next++;
        return next < s.Sentence.EndToken && (s.Is(next, FunctionWord.That) || s.Norm(next) == ":");
    }

    /// <summary>
    /// Named sources, actors where no source covers them (a group speaking for itself), and proper names the
    /// dictionaries lack (a spokesman, a local outlet), cited as written.
    /// </summary>
    private static List<Speaker> Speakers(SentenceMentions s)
    {
        var names = ProperNames.In(s);
        var list = NamedSources(s, names.Count + s.Of(MentionKind.Actor).Count);
        for (var i = 0; i < names.Count; i++) list.Add(new Speaker(names[i].Name, names[i].First, names[i].End));
        var actors = s.Of(MentionKind.Actor);
        // The tokens taken so far, marked from the first token any of them covers (a mention may run past the sentence's
        // end): an actor is tested by its own tokens, not against every range taken (a long sentence has many).
        var (first, end) = (s.Sentence.FirstToken, s.Sentence.EndToken);
        foreach (var x in list) (first, end) = (Math.Min(first, x.First), Math.Max(end, x.End));
        for (var i = 0; i < actors.Count; i++) (first, end) = (Math.Min(first, actors[i].FirstToken), Math.Max(end, actors[i].EndToken));
        var taken = end - first <= StackTokens ? stackalloc bool[end - first] : new bool[end - first];
        foreach (var x in list) taken[(x.First - first)..(x.End - first)].Fill(true);
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            // Mentions cover at least one token: they share a token exactly where their ranges overlap.
            if (ActorInfo.IsCivilianOrLabelledOpposition(a) || taken[(a.FirstToken - first)..(a.EndToken - first)].Contains(true)) continue;
            list.Add(new Speaker(a.Value, a.FirstToken, a.EndToken));
            taken[(a.FirstToken - first)..(a.EndToken - first)].Fill(true);
        }
        list.Sort((x, y) => x.First.CompareTo(y.First));
        return list;
    }

    /// <summary>A sentence whose speakers span up to this many tokens marks them on the stack.</summary>
    private const int StackTokens = 256;

    private static Speaker? FirstAfter(List<Speaker> speakers, int token, int reach = Reach)
    {
        foreach (var sp in speakers)
            if (sp.First >= token && sp.First - token <= reach) return sp;
        return null;
    }

    private static Speaker? LastBefore(List<Speaker> speakers, int token)
    {
        Speaker? found = null;
        foreach (var sp in speakers)
            if (sp.End <= token && token - sp.End <= Reach + 4) found = sp;
        return found;
    }

    /// <summary>
    /// "Le ministre syrien de l'Information, Karim Haddad, a déclaré": a name set off by commas after a source
    /// is that source's spokesman; the source, not the name, is cited (EVENTS.md: a government speaking for itself).
    /// </summary>
    private static Speaker? Apposed(SentenceMentions s, List<Speaker> speakers, Speaker? found)
    {
        if (found is not { } name || name.First < 2 || s.Norm(name.First - 1) != ",") return found;
        // The last speaker ending at the comma (a loop: a lambda here made its closure on every call).
        Speaker? title = null;
        foreach (var sp in speakers)
            if (sp.End == name.First - 1) title = sp;
        return title is { } t && StartingWithin.At(s.Of(MentionKind.Source), t.First) is not null
               && StartingWithin.At(s.Of(MentionKind.Source), name.First) is null ? t : found;
    }

    /// <summary>Words a person's apposition may hold before the organisation it names ("un militant du média local").</summary>
    private const int AffiliationReach = 6;

    /// <summary>
    /// "Karim Haddad, un correspondant du média local Suwayda24": a person the dictionaries lack, set off by a comma
    /// before the named organisation they belong to, speaks for it (EVENTS.md: only a person with no organisation is
    /// cited by name), here and wherever the document cites them again ("selon Karim Haddad").
    /// </summary>
    private static Speaker? Affiliation(SentenceMentions s, Speaker? found, Dictionary<string, string> affiliations)
    {
        if (found is not { } person || StartingWithin.At(s.Of(MentionKind.Source), person.First) is not null) return found;
        if (OrganisationApposed(s, person) is { } org)
        {
            affiliations[person.Name] = org.Value;
            return new Speaker(org.Value, org.FirstToken, org.EndToken);
        }
        return affiliations.TryGetValue(person.Name, out var known) ? person with { Name = known } : found;
    }

    /// <summary>The source named in the apposition right after a person ("X, un correspondant du média Y"), or null.</summary>
    private static LocatedMention? OrganisationApposed(SentenceMentions s, Speaker person)
    {
        if (person.End >= s.Sentence.EndToken || s.Norm(person.End) != ",") return null;
        var of = false;
        for (var t = person.End + 1; t < s.Sentence.EndToken && t - person.End <= AffiliationReach; t++)
        {
            if (s.Norm(t) is "," or ";" or ":" or ".") return null;
            if (StartingWithin.At(s.Of(MentionKind.Source), t) is { } org) return of ? org : null;
            of |= s.Is(t, FunctionWord.Of);
        }
        return null;
    }

    /// <summary>"à l'AFP", "pour al-Manar": the preposition right before a source makes it the medium, not the speaker.</summary>
    private static bool IsMedium(SentenceMentions s, int from, int sourceStart)
    {
        for (var t = from; t < sourceStart; t++)
            if (s.Is(t, FunctionWord.To)) return true;
        return false;
    }

    /// <summary>Adds what "cité par Y" and "citant Y" say after the first link.</summary>
    private static Attribution Extend(SentenceMentions s, ref SpeakersOf speakers, List<string> chain, int after, string rule)
    {
        var citedBy = s.Cues("cited-by");
        for (var i = 0; i < citedBy.Count; i++)
        {
            var cue = citedBy[i];
            if (cue.FirstToken < after - 1) continue;
            var medium = FirstAfter(speakers.Listed, cue.EndToken);
            if (medium is not null) { chain.Add(medium.Value.Name); rule += " + cited-by"; }
        }
        var citing = s.Cues("citing");
        for (var i = 0; i < citing.Count; i++)
        {
            var cue = citing[i];
            if (cue.FirstToken < after - 1) continue;
            var origin = FirstAfter(speakers.Listed, cue.EndToken);
            if (origin is not null) { chain.Insert(0, origin.Value.Name); rule += " + citing"; }
        }
        // A name told twice in a row is cited once.
        for (var i = 1; i < chain.Count; i++)
            if (chain[i - 1] == chain[i]) chain.RemoveAt(i--);
        return new Attribution(chain, rule);
    }

    /// <summary>The cue as written, read in place: it is only ever written into a rule.</summary>
    private static ReadOnlySpan<char> CueText(SentenceMentions s, LocatedMention cue) =>
        s.Text.Text.AsSpan(cue.Span.Start, cue.Span.Length);
}
