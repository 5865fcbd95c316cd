using System.Collections.Concurrent;
using Sitrep.Model;
using Sitrep.Recognition.Dates;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>
/// Finds figures: "100.000", "2 500", "six", "1,5 million", "70%", and vague ones ("des dizaines": 10).
/// Mention value: the number in invariant culture ("2500", "1.5"); detail: "%" for a percentage, else the
/// word after the figure, lower case ("civils"), skipping "de"/"d'", or "" when none follows.
/// Not figures: numbers inside dates and times ("le 22 septembre", "en 2014"), ordinals ("1er",
/// "deuxième"), and "un"/"une" as articles (they count as 1 only before a noun of counted_nouns.txt).
/// Numbers inside lengths of time stay ("dix jours": detail "jours"). Runs the grammar cannot read go to the
/// number model within the document's <see cref="ModelBudget"/>.
/// </summary>
public sealed class QuantityRecognizer : IRecognizer
{
    private const string ModelEntry = "Recognizers.Number";
    private const string GrammarEntry = "NumberGrammar";

    private static readonly ConcurrentDictionary<string, Lazy<QuantityRecognizer>> Loaded = new();

    private readonly Lazy<INumberParser> _parser;
    private readonly NumberGrammar? _grammar;
    private readonly DateRecognizer _dates;
    private readonly NumberWords _words;
    private readonly SentenceFigures _figures;
    // What the runs and Figure ask of a word, remembered with it: most runs are a lone "un" or "une", each of which
    // hashed its norm and its next word's several times over before being dropped.
    private readonly WordAnswers<WordUse> _uses;
    private readonly string _countedNounsFile;

    [Flags]
    private enum WordUse { None = 0, LoneArticle = 1, CountedNoun = 2 }

    /// <summary>A recognizer that gives every run of figures and number words to <paramref name="parser"/>.</summary>
    public QuantityRecognizer(INumberParser parser, DateRecognizer dates, NumberWords words, VagueNumbers vague,
        IEnumerable<string> countedNouns, string countedNounsFile)
        : this(new Lazy<INumberParser>(parser), null, dates, words, vague, countedNouns, countedNounsFile)
    {
    }

    /// <param name="grammar">Reads the runs it can; the others go to <paramref name="parser"/>, built on first need.</param>
    public QuantityRecognizer(Lazy<INumberParser> parser, NumberGrammar? grammar, DateRecognizer dates, NumberWords words, VagueNumbers vague,
        IEnumerable<string> countedNouns, string countedNounsFile)
    {
        _parser = parser;
        _grammar = grammar;
        _dates = dates;
        _words = words;
        _figures = new SentenceFigures(words, vague);
        var counted = countedNouns.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _uses = new(norm => (grammar is not null && words.IsArticle(norm) && grammar.ReadsAsOneNumber(norm) ? WordUse.LoneArticle : WordUse.None)
            | (counted.Contains(norm) ? WordUse.CountedNoun : WordUse.None));
        _countedNounsFile = countedNounsFile;
    }

    /// <summary>The language's recognizer, built once per process and shared (it is thread-safe).</summary>
    public static QuantityRecognizer Load(string language) =>
        Loaded.GetOrAdd(language, l => new Lazy<QuantityRecognizer>(() =>
        {
            var words = NumberWords.Load(l);
            return new QuantityRecognizer(new Lazy<INumberParser>(() => new RecognizersNumberParser(l)), new NumberGrammar(words),
                DateRecognizer.Load(l), words, VagueNumbers.Load(l),
                TsvFile.ReadList(Path.Combine(ResourcePaths.Language(l), "counted_nouns.txt")), $"{l}/counted_nouns.txt");
        })).Value;

    public IEnumerable<Mention> Recognize(AnalyzedText text)
    {
        var budget = new ModelBudget(text.Text.Length);
        // The dates' spans, indexed at the first figure read: texts without one need no index.
        SpanIndex? calendar = null;
        // The sentence's spans already given a figure: "une centaine" before its "une", "70 pour cent" before its "cent".
        // Taken on the first figure (most texts of a line or two have none), emptied at each sentence.
        SpanIndex? taken = null;
        // The numbers the grammar read in a run, a sentence's vague figures and its runs: the thread's lists, one each a text.
        var read = ScratchList<ParsedNumber>.Take();
        var vague = ScratchList<VagueNumber>.Take();
        var runs = ScratchList<(int First, int End)>.Take();
        try
        {
            foreach (var sentence in text.Sentences)
            {
                taken?.Clear();
                _figures.Find(text, sentence, vague, runs);
                foreach (var v in vague)
                {
                    var span = text.SpanOf(v.First, v.End);
                    (taken ??= SpanIndex.Take()).Add(span);
                    yield return new Mention(MentionKind.Quantity, span, QuantityValue.Format(v.Value), v.Entry, NounAfter(text, sentence, v.End));
                }
                foreach (var (run, runEnd) in runs)
                foreach (var (first, end) in ModelWindows.Pieces(text, run, runEnd))
                {
                    // The grammar would read it as one number over the word, for Figure to drop it (or the dates or a vague
                    // figure to have taken it): no figure, whatever else holds.
                    if (end == first + 1 && Uses(text, first).HasFlag(WordUse.LoneArticle) && !IsCountedNoun(text, sentence, first + 1)) continue;
                    var window = text.SpanOf(first, end);
                    read.Clear();
                    var readByGrammar = _grammar?.TryRead(text.Text.AsSpan(window.Start, window.Length), read) == true;
                    var entry = readByGrammar ? GrammarEntry : ModelEntry;
                    // Past the budget, a run the grammar cannot read gives no figure.
                    if (!readByGrammar && !budget.TrySpend(window.Length)) continue;
                    var numbers = readByGrammar ? read : _parser.Value.Parse(ModelWindow(text, window, first, end));
                    for (var k = 0; k < numbers.Count; k++)
                    {
                        var number = numbers[k];
                        var span = ToWordEnd(text, first, end, new TextSpan(window.Start + number.Start, number.Length));
                        if ((calendar ??= Calendar(text)).Overlaps(span) || taken?.Overlaps(span) == true) continue;
                        var tokens = FigureTokens.Find(text, first, end, span);
                        if (Figure(text, sentence, tokens, span, number.Value, entry) is not { } mention) continue;
                        (taken ??= SpanIndex.Take()).Add(mention.Span);
                        yield return mention;
                    }
                }
            }
        }
        finally
        {
            ScratchList<ParsedNumber>.Return(read);
            ScratchList<VagueNumber>.Return(vague);
            ScratchList<(int First, int End)>.Return(runs);
            if (calendar is not null) SpanIndex.Return(calendar);
            if (taken is not null) SpanIndex.Return(taken);
        }
    }

    /// <summary>The spans of the text's dates and times, not lengths of time ("dix jours" is a figure).</summary>
    private SpanIndex Calendar(AnalyzedText text)
    {
        // Added one by one: the index keeps them sorted as they come, with no list, iterators or sort to make first.
        var calendar = SpanIndex.Take();
        foreach (var match in _dates.Find(text))
            if (!match.IsLengthOfTime) calendar.Add(match.Span);
        return calendar;
    }

    /// <summary>The window's text with spellings the model misses replaced, padded so that every offset stays.</summary>
    private string ModelWindow(AnalyzedText text, TextSpan window, int first, int end)
    {
        var chars = window.Of(text.Text).ToCharArray();
        for (var i = first; i < end; i++)
        {
            if (_words.ModelReads(text.Norm(i)) is not { } reads) continue;
            var at = text.Tokens[i].Start - window.Start;
            reads.PadRight(text.Tokens[i].Length).CopyTo(0, chars, at, text.Tokens[i].Length);
        }
        return new string(chars);
    }

    /// <summary>A number ending inside a word ends with it: "cents", read by the model as the shorter "cent".</summary>
    private static TextSpan ToWordEnd(AnalyzedText text, int first, int end, TextSpan span)
    {
        var i = TokenSearch.Around(text, first, end, span.End);
        return i >= 0 && text.Tokens[i].Kind == TokenKind.Word ? TextSpan.FromBounds(span.Start, text.Tokens[i].End) : span;
    }

    private Mention? Figure(AnalyzedText text, Sentence sentence, FigureTokens tokens, TextSpan span, double value, string entry)
    {
        if (tokens.Count == 1 && _words.IsArticle(text.Norm(tokens.First)))
        {
            var noun = tokens.Next;
            if (!IsCountedNoun(text, sentence, noun)) return null;
            return new Mention(MentionKind.Quantity, span, QuantityValue.Format(value), $"{_countedNounsFile}: {text.Norm(noun)}", Unit(text, noun));
        }
        if (PercentEnd(text, sentence, span, tokens.Next) is int percentEnd)
            return new Mention(MentionKind.Quantity, TextSpan.FromBounds(span.Start, percentEnd), QuantityValue.Format(value), entry, "%");
        return new Mention(MentionKind.Quantity, span, QuantityValue.Format(value), entry, NounAfter(text, sentence, tokens.Next));
    }

    private WordUse Uses(AnalyzedText text, int token) => _uses.Of(text.Word(token));

    /// <summary>A noun of counted_nouns.txt, which makes the article before it a count of one: "un mort".</summary>
    private bool IsCountedNoun(AnalyzedText text, Sentence sentence, int token) =>
        token < sentence.EndToken && Uses(text, token).HasFlag(WordUse.CountedNoun);

    /// <summary>Where "70 %" or "70 pour cent" ends, or null when no percent follows the figure.</summary>
    /// <param name="next">The sentence's first token after the figure.</param>
    private int? PercentEnd(AnalyzedText text, Sentence sentence, TextSpan figure, int next)
    {
        var c = figure.End;
        while (c < sentence.End && char.IsWhiteSpace(text.Text[c])) c++;
        if (c < sentence.End && text.Text[c] == '%') return c + 1;
        if (next >= sentence.EndToken || !TokenSearch.IsBlank(text.Text, figure.End, text.Tokens[next].Start)) return null;
        if (_words.Percent.LongestAt(text, next, sentence.EndToken) is not var (length, _)) return null;
        return text.Tokens[next + length - 1].End;
    }

    /// <summary>The word the figure counts: the next word, past "de" and "d'"; "" before punctuation or at the end.</summary>
    /// <param name="next">The sentence's first token after the figure.</param>
    private string NounAfter(AnalyzedText text, Sentence sentence, int next)
    {
        while (next < sentence.EndToken && _words.IsLink(text.Norm(next))) next++;
        return next < sentence.EndToken ? Unit(text, next) : "";
    }

    private static string Unit(AnalyzedText text, int token) =>
        text.Tokens[token].Kind == TokenKind.Word ? text.Surface(token).ToLowerInvariant() : "";
}
