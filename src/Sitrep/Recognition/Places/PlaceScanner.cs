using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Walks one sentence left to right and records the place names in it. A place word ("quartier",
/// "province") opens a window in which the next names take its level, may be lower case, and may be
/// unknown to the gazetteer; the window carries over lists ("les quartiers X, Y et Z").
/// </summary>
internal sealed class PlaceScanner(Gazetteer gazetteer, PlaceWords words, FrozenSet<string> stopwords)
{
    private const int MaxNameTokens = 5;
    // Shorter keys are mostly junk romanisations ("hlb") or meet French words.
    private const int MinKeyLength = 3;
    // Sentences up to this many tokens keep their NameRuns on the stack.
    private const int MaxStackRoom = 1024;
    // Names up to this many characters are keyed on the stack.
    private const int MaxStackName = 256;

    // The stoplist's span view, for the names keyed from the tokens' norms (NormalizedRun).
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwordSpans = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    // A place word or a stopword: a word no proper name is made of. Asked of most capitalised tokens, remembered with each word.
    private readonly WordAnswers<bool> _frenchWords = new(norm => words.Of(norm) is not null || stopwords.Contains(norm));
    private readonly WordAnswers<NameOpening> _openings = new(norm => OpeningOf(gazetteer, stopwords, norm));
    // What each word gives the key of a longer name (most runs keyed are words apart by one space): folded once a word.
    private readonly WordAnswers<RunWordKeys?> _runWordKeys = new(TransliterationKey.RunWordKeysOf);

    // A list of names that starts with a quarter is a list of quarters ("Chaar, Dahret Awwad et Karm al-Beik").
    private static readonly PlaceWord ListOfQuarters =
        new("", PlaceWordKind.Place, "neighbourhood", "list of quarters");

    public void Scan(AnalyzedText text, Sentence sentence, List<PlaceSighting> found)
    {
        PlaceWord? cue = null;
        var cueAt = -1;
        var namesSinceCue = 0;
        var part = false;
        var afterName = false;
        var prepositionAt = -1;
        PlaceWord? preposition = null;
        var openingToken = OpeningToken(text, sentence);
        var room = NameRuns.Room(sentence);
        var runs = new NameRuns(text, sentence, room <= MaxStackRoom ? stackalloc int[room] : new int[room]);
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (afterName && cue is not null && text.Norm(i) is "," or "et") { i++; continue; }
            afterName = false;
            var word = words.Of(text.Word(i));
            if (word?.Kind == PlaceWordKind.Seat && SkipsSeatOfPower(text, sentence, runs, i, openingToken, out var after)) { cue = null; i = after; continue; }
            // "l'hôpital à Alep": a place word's name follows it, never a preposition.
            if (word?.Kind == PlaceWordKind.Preposition) { (preposition, prepositionAt, cue) = (word, i, null); i++; continue; }
            if (word?.Kind == PlaceWordKind.Place)
            {
                // "l'autoroute de l'aéroport d'Alep" is one site, named from its first place word.
                if (!(IsSite(cue) && namesSinceCue == 0 && IsSite(word))) cueAt = i;
                cue = word;
                namesSinceCue = 0;
                part = false;
                i++;
                continue;
            }
            if (word?.Kind == PlaceWordKind.Part && i + 1 < sentence.EndToken && words.Is(text.Word(i + 1), PlaceWordKind.Link))
            {
                // "une base près de Tall Tamr" is near the town, not a site named after it.
                if (IsSite(cue)) cue = null;
                part = true;
                i++;
                continue;
            }
            if (word?.Kind is PlaceWordKind.Link or PlaceWordKind.Modifier && (cue is not null || part)) { i++; continue; }

            // "à Jobar": after a preposition of place, a proper name the gazetteer lacks is still a place.
            var unknownCue = cue ?? (prepositionAt == i - 1 ? preposition : null);
            var known = TryKnown(text, sentence, runs, i, openingToken, cue is not null, out var end, out var namesakes);
            if (!known && !TryUnknownPlace(text, sentence, runs, i, ref unknownCue, out end))
            {
                cue = null;
                part = false;
                i++;
                continue;
            }
            // A site's place word is part of its written name: "rue Barone", "camp Handarate".
            var isSite = IsSite(cue) && namesSinceCue == 0 && cueAt >= 0;
            if (!known && cue is null) cue = unknownCue;
            found.Add(new PlaceSighting(text.SpanOf(isSite ? cueAt : i, end), namesakes, cue, part ? 2 : 1, sentence.Index, isSite));
            namesSinceCue++;
            if (cue?.Level != "neighbourhood" && namesakes.HoldsQuarter) cue = ListOfQuarters;
            afterName = true;
            part = false;
            i = end;
        }
    }

    /// <summary>"le régime de Damas", "jugés dangereux par Damas": past the link, the known name is the government's seat, skipped whole.</summary>
    private bool SkipsSeatOfPower(AnalyzedText text, in Sentence sentence, in NameRuns runs, int seat, int openingToken, out int after)
    {
        after = seat + 1;
        if (after < sentence.EndToken && words.Is(text.Word(after), PlaceWordKind.Link)) after++;
        if (!TryKnown(text, sentence, runs, after, openingToken, cued: false, out var end, out _)) return false;
        after = end;
        return true;
    }

    private static bool IsSite(PlaceWord? word) => word?.Level == "site";

    /// <summary>The longest gazetteer name starting at a token, if it passes the false-positive guards.</summary>
    private bool TryKnown(AnalyzedText text, in Sentence sentence, in NameRuns runs, int start, int openingToken, bool cued,
        out int end, out Namesakes namesakes)
    {
        end = start;
        namesakes = Namesakes.None;
        var runEnd = runs.RunEnd(start, MaxNameTokens);
        if (runEnd == start) return false;
        // Accept refuses every uncued name without a capital in it, so lower-case runs (most of a text) are not keyed.
        if (!cued && !runs.AnyCapitalised(start, runEnd)) return false;
        // Two tokens give the first key word even when the article stands apart ("Al Bab"); most often the first token
        // alone gives it, and what its norm gives a name is remembered with its word.
        var opening = _openings.Of(text.Word(start));
        var openingEnd = Math.Min(start + 2, runEnd);
        var longest = FirstTokenGivesTheFirstKeyWord(text, start, openingEnd, opening.Reach)
            ? opening.Longest
            : LongestNameOpening(text, start, openingEnd);
        if (longest == 0) return false;
        if (!TryLongestName(text, runs, start, Math.Min(runEnd, start + longest + 1), opening, out var tokens, out var found)) return false;
        // The longest name decides: a rejected "Bachar al-Assad" must not leave "al-Assad" behind.
        if (!Accept(text, sentence, runs, start, start + tokens, openingToken, cued, found.Candidates)) return false;
        end = start + tokens;
        namesakes = found;
        return true;
    }

    /// <summary>The longest beginning of tokens [<paramref name="start"/>, <paramref name="nameEnd"/>) the gazetteer
    /// names: how many tokens it has, and its places.</summary>
    private bool TryLongestName(AnalyzedText text, in NameRuns runs, int start, int nameEnd, NameOpening opening,
        out int tokens, out Namesakes found)
    {
        if (nameEnd - start > 1)
        {
            // The names tried are the beginnings of one run of tokens: its text as normalized, and where each token ends in it.
            var length = NormalizedRun.Length(text, start, nameEnd);
            var normalized = length <= MaxStackName ? stackalloc char[length] : new char[length];
            Span<int> tokenEnds = stackalloc int[MaxNameTokens + 1];
            // Keyed from its words' keys when they hold, and the text then written only for a name found.
            var byWords = WordKeysHold(text, start, nameEnd);
            var written = !byWords;
            if (written) NormalizedRun.Write(text, start, nameEnd, normalized, tokenEnds);
            // A name's key is never longer than the name.
            var key = length <= MaxStackName ? stackalloc char[length] : new char[length];
            for (tokens = nameEnd - start; tokens > 1; tokens--)
            {
                // "Alep est tombée": a trailing lower-case French word is not the "Est" of "Alep-Est".
                if (IsFrenchWord(text, runs, start + tokens - 1)) continue;
                var keyLength = byWords
                    ? KeyOfWords(text, start, start + tokens, key)
                    : TransliterationKey.KeyOfNormalized(normalized[..tokenEnds[tokens]], key);
                if (keyLength < MinKeyLength) continue;
                found = gazetteer.NamesakesOf(key[..keyLength]);
                if (found.Candidates.Length == 0) continue;
                if (!written) NormalizedRun.Write(text, start, nameEnd, normalized, tokenEnds);
                written = true;
                // Stopwords are French words as written: "sud" stops "sud", not "Soueida", whose key is the same.
                if (!_stopwordSpans.Contains(normalized[..tokenEnds[tokens]])) return true;
            }
        }
        // One token: the name is its norm, whose places are remembered with its word.
        tokens = 1;
        found = opening.Alone ?? Namesakes.None;
        return opening.Alone is not null;
    }

    /// <summary>
    /// Whether the key of every beginning of tokens [<paramref name="start"/>, <paramref name="end"/>) is its words' keys
    /// joined (<see cref="TransliterationKey.RunWordKeysOf"/>): each token has words, the first one of the key's, and one
    /// space stands between tokens (most runs; glued tokens, dashes and the like are keyed whole).
    /// </summary>
    private bool WordKeysHold(AnalyzedText text, int start, int end)
    {
        if (_runWordKeys.Of(text.Word(start)) is not { Opening.Length: > 0 }) return false;
        for (var t = start + 1; t < end; t++)
        {
            var gap = text.Tokens[t].Start - text.Tokens[t - 1].End;
            if (gap != 1 || text.Text[text.Tokens[t].Start - 1] != ' ' || _runWordKeys.Of(text.Word(t)) is null) return false;
        }
        return true;
    }

    /// <summary>The key of tokens [<paramref name="start"/>, <paramref name="end"/>) from its words' keys (<see cref="WordKeysHold"/>), written into <paramref name="key"/>; its length.</summary>
    private int KeyOfWords(AnalyzedText text, int start, int end, Span<char> key)
    {
        var length = 0;
        for (var t = start; t < end; t++)
        {
            var keys = _runWordKeys.Of(text.Word(t))!;
            var piece = t == start ? keys.Opening : t + 1 < end ? keys.Inside : keys.Closing;
            piece.CopyTo(key[length..]);
            length += piece.Length;
        }
        return length;
    }

    /// <summary>
    /// Whether the first key word of tokens [<paramref name="start"/>, <paramref name="end"/>) is that of the first token's
    /// norm alone (<paramref name="reach"/>): the norm settles it, or nothing follows, or a word separator does.
    /// </summary>
    private static bool FirstTokenGivesTheFirstKeyWord(AnalyzedText text, int start, int end, FirstWordReach reach) =>
        reach == FirstWordReach.Settled
        || reach == FirstWordReach.SettledBeforeASeparator && (end == start + 1 || SeparatorFollows(text, start));

    /// <summary>Whether the normalized text of a run goes on after token <paramref name="token"/> with a word separator.</summary>
    /// <remarks>Tokens in a run are apart (NameRuns): only the characters between them are read; none (glued tokens) is a no.</remarks>
    private static bool SeparatorFollows(AnalyzedText text, int token)
    {
        var after = text.Tokens[token].End;
        return after < text.Tokens[token + 1].Start
            && TextNormalizer.Fold(text.Text[after]) is [var first, ..]
            && TransliterationKey.IsWordSeparator(first);
    }

    /// <summary>
    /// What a token's norm gives a name it opens: the most key words of a gazetteer name that starts with its first key
    /// word, how far that word holds when more tokens follow, and the places the norm names alone (null for none).
    /// </summary>
    private readonly record struct NameOpening(int Longest, FirstWordReach Reach, Namesakes? Alone);

    private static NameOpening OpeningOf(Gazetteer gazetteer, FrozenSet<string> stopwords, string norm)
    {
        var room = norm.Length <= MaxStackName ? stackalloc char[norm.Length] : new char[norm.Length];
        var firstWordLength = TransliterationKey.FirstWordOfNormalized(norm, room, out var reach);
        var longest = firstWordLength == 0 ? 0 : gazetteer.LongestNameStartingWith(room[..firstWordLength]);
        var keyLength = TransliterationKey.KeyOfNormalized(norm, room);
        var alone = keyLength < MinKeyLength || stopwords.Contains(norm) ? Namesakes.None : gazetteer.NamesakesOf(room[..keyLength]);
        return new NameOpening(longest, reach, alone.Candidates.Length > 0 ? alone : null);
    }

    /// <summary>How many key words the longest gazetteer name has that starts with the first key word of tokens [<paramref name="start"/>, <paramref name="end"/>); 0 for none.</summary>
    private int LongestNameOpening(AnalyzedText text, int start, int end)
    {
        var length = NormalizedRun.Length(text, start, end);
        var normalized = length <= MaxStackName ? stackalloc char[length] : new char[length];
        NormalizedRun.Write(text, start, end, normalized, stackalloc int[end - start + 1]);
        var firstWord = length <= MaxStackName ? stackalloc char[length] : new char[length];
        var firstWordLength = TransliterationKey.FirstWordOfNormalized(normalized, firstWord);
        return firstWordLength == 0 ? 0 : gazetteer.LongestNameStartingWith(firstWord[..firstWordLength]);
    }

    /// <summary>
    /// Guards for a name found without a place word: it must be capitalised (a lower-case generic head such as
    /// "cheikh Saïd" is allowed when a later word is), must not be one piece of a longer proper name
    /// ("Front Fatah al-Cham", "Rami Abdel Rahmane"), and a lone word opening a sentence, capitalised
    /// only for that, must name more than a village ("Celui qui...").
    /// </summary>
    /// <param name="openingToken">The sentence's first token that is not punctuation (<see cref="OpeningToken"/>).</param>
    private bool Accept(AnalyzedText text, in Sentence sentence, in NameRuns runs, int start, int end, int openingToken, bool cued,
        PlaceCandidate[] candidates)
    {
        if (!cued)
        {
            var head = IsLoneArticle(text, start) && start + 1 < end ? start + 1 : start;
            if (!runs.AnyCapitalised(head, end)) return false;
            if (end - start == 1 && start <= openingToken && candidates.All(c => PlaceLevels.IsMinor(c.Entry.Level)))
                return false;
        }
        if (start > sentence.FirstToken && IsOtherProperName(text, runs, start - 1)) return false;
        return end >= sentence.EndToken || !IsOtherProperName(text, runs, end);
    }

    /// <summary>The sentence's first token that is not punctuation: a name there opens the sentence.</summary>
    private static int OpeningToken(AnalyzedText text, in Sentence sentence)
    {
        var token = sentence.FirstToken;
        while (token < sentence.EndToken && text.Tokens[token].Kind == TokenKind.Punctuation) token++;
        return token;
    }

    private bool IsFrenchWord(AnalyzedText text, in NameRuns runs, int token) =>
        !runs.IsCapitalised(token)
        && _frenchWords.Of(text.Word(token));

    /// <summary>
    /// A name the gazetteer lacks is a place after a place word or a preposition of place, or with a place word in
    /// apposition after it ("Al Waer, dernier quartier rebelle de Homs"), which then gives its level.
    /// </summary>
    private bool TryUnknownPlace(AnalyzedText text, in Sentence sentence, in NameRuns runs, int start, ref PlaceWord? cue, out int end)
    {
        if (!TryUnknown(text, sentence, runs, start, out end)) return false;
        cue ??= PlaceWordInApposition(text, sentence, end);
        return cue is not null;
    }

    /// <summary>Room for the words between the comma and the place word of an apposition ("le dernier grand").</summary>
    private const int AppositionReach = 4;

    private PlaceWord? PlaceWordInApposition(AnalyzedText text, in Sentence sentence, int nameEnd)
    {
        if (nameEnd >= sentence.EndToken || text.Norm(nameEnd) != ",") return null;
        for (var t = nameEnd + 1; t < sentence.EndToken && t <= nameEnd + AppositionReach; t++)
        {
            var word = words.Of(text.Word(t));
            if (word?.Kind == PlaceWordKind.Place) return word;
            if (word?.Kind is not (PlaceWordKind.Link or PlaceWordKind.Modifier)) return null;
        }
        return null;
    }

    /// <summary>A name the gazetteer lacks, after a place word: capitalised words, with "al"/"el" inside.</summary>
    private bool TryUnknown(AnalyzedText text, in Sentence sentence, in NameRuns runs, int start, out int end)
    {
        end = start;
        if (!IsOtherProperName(text, runs, start)) return false;
        for (var j = start; j < sentence.EndToken && j - start < MaxNameTokens; j++)
        {
            if (IsOtherProperName(text, runs, j)) end = j + 1;
            else if (!IsLoneArticle(text, j)) break;
        }
        return true;
    }

    /// <summary>A capitalised word that is not a stopword or a place word: part of some proper name.</summary>
    /// <remarks>The sentence's <see cref="NameRuns"/> say whether a token is a word and capitalised: they read it once already.</remarks>
    private bool IsOtherProperName(AnalyzedText text, in NameRuns runs, int token) =>
        runs.IsNameWord(token)
        && runs.IsCapitalised(token)
        && !_frenchWords.Of(text.Word(token));

    internal static bool IsElision(AnalyzedText text, int token) => text.Norm(token).EndsWith('\'');

    private static bool IsLoneArticle(AnalyzedText text, int token) => TransliterationKey.IsSeparateArticle(text.Norm(token));

    /// <summary>Capitalised, looking past a lower-case article before a hyphen ("al-Chaar", "ech-Cheikh").</summary>
    /// <remarks>Asked of every token of every text (<see cref="NameRuns"/>); the JIT left it a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsCapitalised(ReadOnlySpan<char> surface)
    {
        if (surface.Length == 0) return false;
        if (!char.IsLower(surface[0])) return char.IsUpper(surface[0]);
        // Most words are lower case: only their first four characters are searched for the article's hyphen, one by one
        // (a search call costs more than reading three characters; the first is a letter).
        for (var dash = 1; dash < Math.Min(surface.Length, 4); dash++)
            if (surface[dash] == '-') return dash + 1 < surface.Length && char.IsUpper(surface[dash + 1]);
        return false;
    }
}
