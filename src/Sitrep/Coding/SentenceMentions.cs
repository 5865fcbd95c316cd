using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>The mentions of one sentence, by kind and in text order, with the sentence's tokens at hand.</summary>
public sealed class SentenceMentions
{
    private static readonly int KindCount = Enum.GetValues<MentionKind>().Length;

    // The document's mentions, sentence after sentence and kind after kind, and where each (sentence, kind)'s run ends
    // (indexed by sentence and kind: the kinds are numbered from 0); shared by the document's sentences. A run starts
    // where the one before it ends; a kind the sentence lacks has an empty one.
    private readonly LocatedMention[] _mentions;
    private readonly int[] _runEnds;
    private readonly int _firstKind;
    // The sentence's cue kinds as a filter (see KindBit): a kind whose bit is not set is not among them.
    private readonly ulong _cueKindBits;
    // Whether its cues are all of one kind, as in most sentences with cues: then they are all the cues of that kind.
    private readonly bool _oneCueKind;
    private string? _quote;
    private MentionList _eventTriggers;
    private bool _eventTriggersChosen;
    private IReadOnlyList<EventPlace>? _eventPlaces;
    private IPlaceResolver? _eventPlacesResolver;

    /// <param name="mentions">The document's mentions by sentence, then kind.</param>
    /// <param name="runEnds">Where each sentence's run of each kind ends: this sentence's at its index times the number of kinds.</param>
    private SentenceMentions(AnalyzedText text, Sentence sentence, LocatedMention[] mentions, int[] runEnds, int index, FunctionWords words)
    {
        Text = text;
        Words = words;
        Sentence = sentence;
        (_mentions, _runEnds) = (mentions, runEnds);
        _firstKind = index * KindCount;
        var cues = Of(MentionKind.Cue);
        _oneCueKind = true;
        foreach (var cue in cues)
        {
            _cueKindBits |= KindBit(cue.Value);
            _oneCueKind &= cue.Value == cues[0].Value;
        }
    }

    public AnalyzedText Text { get; }
    public FunctionWords Words { get; }
    public Sentence Sentence { get; }

    /// <summary>
    /// The sentence's mentions of a kind, in text order; its cues grouped by kind (the kinds in the order they first come,
    /// each in text order), which is how <see cref="Cues"/> hands them out.
    /// </summary>
    public MentionList Of(MentionKind kind)
    {
        var slot = _firstKind + (int)kind;
        var start = slot == 0 ? 0 : _runEnds[slot - 1];
        return new MentionList(_mentions, start, _runEnds[slot] - start);
    }

    /// <summary>The cues of one kind, in text order: a run of the sentence's cues, which <see cref="Group(AnalyzedText, IReadOnlyList{Mention}, FunctionWords, GroupArrays)"/> grouped by kind.</summary>
    /// <remarks>
    /// Most kinds asked are not among the sentence's (most sentences have no cue at all): the filter tells, without
    /// reading the cues (the sentence's lists, their mentions and their kinds' strings, all elsewhere in memory).
    /// Inlined, the filter alone: asked dozens of times a sentence, and as a call its answer of none cost a frame of
    /// saved registers and cleared slots (the reading of the runs needs them), then the empty list copied out twice.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MentionList Cues(string kind) => (_cueKindBits & KindBit(kind)) == 0 ? default : CuesPresent(kind);

    /// <summary>As <see cref="Cues"/>, for a kind the filter lets through.</summary>
    private MentionList CuesPresent(string kind)
    {
        var cues = Of(MentionKind.Cue);
        if (_oneCueKind) return cues[0].Value == kind ? cues : MentionList.Empty;
        // Read run by run, not listed by kind in an array of their own: a sentence has a few cues, of a few kinds.
        for (var start = 0; start < cues.Count;)
        {
            var (runKind, end) = (cues[start].Value, start + 1);
            while (end < cues.Count && cues[end].Value == runKind) end++;
            if (runKind == kind) return cues.Slice(start, end - start);
            start = end;
        }
        return MentionList.Empty;
    }

    /// <summary>
    /// A kind's bit in a sentence's filter of cue kinds: one of 64, from the kind's first and last letters and length.
    /// Two kinds may share a bit ("leader" and "latter" do): a set bit only says the kind may be there, and the kinds
    /// are then compared; a clear bit says it is not.
    /// </summary>
    /// <remarks>Inlined: asked dozens of times a sentence, mostly for a kind the sentence lacks, where it is the whole test.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong KindBit(string kind) => kind.Length == 0 ? 1UL : 1UL << ((kind[0] + 3 * kind[^1] + 7 * kind.Length) & 63);

    /// <summary>
    /// Groups a sentence's cues (in text order) by kind, the kinds in the order they first come, each kind in text order
    /// (a stable partition), through <paramref name="scratch"/>: then each kind's cues are a run of the document's array.
    /// </summary>
    private static void GroupByKind(Span<LocatedMention> cues, Span<LocatedMention> scratch)
    {
        // One kind, as in most sentences with cues: nothing to move.
        var oneKind = true;
        for (var i = 1; i < cues.Length && oneKind; i++) oneKind = cues[i].Value == cues[0].Value;
        if (oneKind) return;
        scratch = scratch[..cues.Length];
        cues.CopyTo(scratch);
        var at = 0;
        for (var i = 0; i < scratch.Length; i++)
        {
            // The first cue of its kind: the kind's cues are written from here on; later ones of it are written already.
            if (KindBefore(scratch, i)) continue;
            for (var j = i; j < scratch.Length; j++)
                if (scratch[j].Value == scratch[i].Value) cues[at++] = scratch[j];
        }
    }

    private static bool KindBefore(Span<LocatedMention> cues, int index)
    {
        for (var i = 0; i < index; i++)
            if (cues[i].Value == cues[index].Value) return true;
        return false;
    }

    public string Norm(int token) => Text.Norm(token);

    /// <summary>Whether the token is one of the language's words with this function ("du" is <see cref="FunctionWord.Of"/>).</summary>
    public bool Is(int token, FunctionWord function) => Words.Is(Text.Word(token), function);

    /// <summary>Whether a token in [first, end) has this function; a loop, as the per-trigger tests run for every trigger.</summary>
    public bool Has(int first, int end, FunctionWord function)
    {
        for (var t = first; t < end; t++)
            if (Is(t, function)) return true;
        return false;
    }

    /// <summary>Whether a token in [first, end) is punctuation.</summary>
    public bool HasPunctuation(int first, int end)
    {
        for (var t = first; t < end; t++)
            if (Text.Tokens[t].Kind == TokenKind.Punctuation) return true;
        return false;
    }

    /// <summary>The sentence's text, cut once: every event and claim of a long sentence shares it.</summary>
    public string Quote => _quote ??= Text.Text.Substring(Sentence.Start, Sentence.Length);

    /// <summary><see cref="TriggerSelector.Select"/> of this sentence, chosen once: the document's main place and the coder both ask.</summary>
    public MentionList EventTriggers
    {
        get
        {
            if (!_eventTriggersChosen) (_eventTriggers, _eventTriggersChosen) = (TriggerSelector.Select(this), true);
            return _eventTriggers;
        }
    }

    /// <summary><see cref="PlaceSelector.Select(SentenceMentions, IPlaceResolver)"/> of this sentence, chosen once: the main place and every trigger ask.</summary>
    public IReadOnlyList<EventPlace> EventPlaces(IPlaceResolver resolver)
    {
        if (_eventPlaces is null || !ReferenceEquals(resolver, _eventPlacesResolver))
            (_eventPlaces, _eventPlacesResolver) = (PlaceSelector.Select(this, resolver), resolver);
        return _eventPlaces;
    }

    /// <summary>
    /// Sorts one sentence's mentions of one kind by first token, the longer first where two start together, else in
    /// the given order (a stable sort, as <c>OrderBy</c> was: sorting a sentence's mentions, then taking each kind's,
    /// gives each kind in this order). They mostly come in this order already, and then are not moved at all.
    /// </summary>
    private static void SortInTextOrder(Span<LocatedMention> mentions)
    {
        for (var i = 1; i < mentions.Length; i++)
        {
            if (Compare(mentions[i - 1], mentions[i]) <= 0) continue;
            var keyed = new (LocatedMention Mention, int At)[mentions.Length];
            for (var j = 0; j < keyed.Length; j++) keyed[j] = (mentions[j], j);
            Array.Sort(keyed, static (a, b) => Compare(a.Mention, b.Mention) is var c and not 0 ? c : a.At.CompareTo(b.At));
            for (var j = 0; j < keyed.Length; j++) mentions[j] = keyed[j].Mention;
            return;
        }
    }

    private static int Compare(LocatedMention a, LocatedMention b) =>
        a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken);

    /// <summary>
    /// Groups every mention of a document by the sentence it starts in, then by kind. An array, not a read-only list:
    /// the coder and the document's state read the sentences in loops, and through the interface each read was a
    /// dispatch and each foreach an enumerator.
    /// </summary>
    public static SentenceMentions[] Group(AnalyzedText text, IReadOnlyList<Mention> mentions, FunctionWords words) =>
        Group(text, mentions, words, GroupArrays.Made(text.Sentences.Count * KindCount, mentions.Count));

    /// <summary>The arrays <see cref="Group(AnalyzedText, IReadOnlyList{Mention}, FunctionWords, GroupArrays)"/> needs for a document, rented.</summary>
    public static GroupArrays Rent(AnalyzedText text, IReadOnlyList<Mention> mentions) => GroupArrays.Rent(text.Sentences.Count * KindCount, mentions.Count);

    /// <summary>As <see cref="Group(AnalyzedText, IReadOnlyList{Mention}, FunctionWords)"/>, in the arrays given (rented for the document).</summary>
    public static SentenceMentions[] Group(AnalyzedText text, IReadOnlyList<Mention> mentions, FunctionWords words, GroupArrays arrays)
    {
        var sentences = text.Sentences;
        if (sentences.Count == 0) return [];
        // The runs' ends go to their slots, the runs to the mentions' array; the scratch array holds the mentions placed, in the order given.
        var (runEnds, all, located) = (arrays.RunEnds, arrays.Mentions, arrays.Scratch);
        // Scratch arrays, rented: every document needs them, for this call only.
        var slotOf = ArrayPool<int>.Shared.Rent(mentions.Count);
        try
        {
            var count = Locate(text, Listed(mentions), text.Tokens.AsSpan(), located, slotOf);
            // Each sentence's mentions of each kind, in the order given, in one array: sentence after sentence, kind
            // after kind; each a run of it, sorted, then handed out as a list. A kind the sentence lacks has an empty run.
            var runs = runEnds.AsSpan(0, sentences.Count * KindCount);
            runs.Clear();
            for (var i = 0; i < count; i++) runs[slotOf[i]]++;
            // Then the runs' starts, moved on as each is filled: each ends as its run's end.
            for (int i = 0, start = 0; i < runs.Length; i++) (runs[i], start) = (start, start + runs[i]);
            for (var i = 0; i < count; i++) all[runs[slotOf[i]]++] = located[i];
            for (int i = 0, start = 0; i < runs.Length; start = runs[i], i++)
                if (runs[i] > start)
                {
                    SortInTextOrder(all.AsSpan(start, runs[i] - start));
                    // The mentions are all placed: the scratch array is free.
                    if (i % KindCount == (int)MentionKind.Cue) GroupByKind(all.AsSpan(start, runs[i] - start), located);
                }
            var grouped = new SentenceMentions[sentences.Count];
            for (var i = 0; i < grouped.Length; i++) grouped[i] = new SentenceMentions(text, sentences[i], all, runEnds, i, words);
            return grouped;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slotOf);
        }
    }

    /// <summary>
    /// The mentions as a span: the coder is handed the pipeline's list, read here item by item, and each read through the
    /// interface was a dispatch.
    /// </summary>
    private static ReadOnlySpan<Mention> Listed(IReadOnlyList<Mention> mentions) => mentions switch
    {
        List<Mention> list => CollectionsMarshal.AsSpan(list),
        Mention[] array => array,
        _ => mentions.ToArray(),
    };

    /// <summary>
    /// Places each mention on its tokens and its sentence, in the order given (a mention past the last token is left
    /// out): fills <paramref name="located"/>, and <paramref name="slotOf"/> with each one's list slot (its sentence's
    /// index times the number of kinds, plus its kind's: what grouping counts and places by, read here with the
    /// mention at hand), and says how many it placed.
    /// </summary>
    private static int Locate(AnalyzedText text, ReadOnlySpan<Mention> mentions, ReadOnlySpan<Token> tokens, LocatedMention[] located, int[] slotOf)
    {
        var sentences = text.Sentences;
        var count = 0;
        // The mentions come sorted by start: each search starts at the last mention's first token and sentence when it may.
        var (lastStart, lastFirst, lastSentence) = (int.MinValue, 0, 0);
        foreach (var m in mentions)
        {
            var onward = m.Span.Start >= lastStart;
            var first = TokenAt(tokens, m.Span.Start, onward ? lastFirst : 0);
            var sentence = onward ? SentenceFrom(sentences, m.Span.Start, lastSentence) : text.SentenceAt(m.Span.Start);
            (lastStart, lastFirst, lastSentence) = (m.Span.Start, first, sentence);
            // Its end is at or after its first token (a search from there finds TokenAt's answer, or one Math.Max discards).
            var end = Math.Max(first + 1, TokenAt(tokens, m.Span.End - 1, first) + 1);
            if (first >= tokens.Length) continue;
            located[count] = new LocatedMention(m, first, Math.Min(end, tokens.Length));
            slotOf[count++] = sentence * KindCount + (int)m.Kind;
        }
        return count;
    }

    /// <summary>
    /// As <see cref="AnalyzedText.SentenceAt"/> (the last sentence starting at or before the offset, else the first),
    /// given that none before <paramref name="from"/> is the answer: mentions in text order walk the sentences forward.
    /// </summary>
    private static int SentenceFrom(FixedList<Sentence> sentences, int offset, int from)
    {
        var found = from;
        while (found + 1 < sentences.Count && sentences[found + 1].Start <= offset) found++;
        return found;
    }

    /// <summary>How many tokens on from its start a search reads one by one before it halves the rest.</summary>
    private const int NearTokens = 8;

    /// <summary>
    /// As <see cref="AnalyzedText.TokenAt"/>: the first token ending after the offset, or the token count, given that
    /// no token before <paramref name="from"/> does. The answer is mostly a few tokens on: those are read first. The
    /// tokens are read as a span (not through the list at every step, nor copied as an array of their ends first).
    /// </summary>
    private static int TokenAt(ReadOnlySpan<Token> tokens, int offset, int from)
    {
        var near = Math.Min(tokens.Length, from + NearTokens);
        for (var i = from; i < near; i++)
            if (tokens[i].End > offset) return i;
        int lo = near, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
