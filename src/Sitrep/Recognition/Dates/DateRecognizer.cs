using System.Collections.Concurrent;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Finds dates and resolves them against the publication date (see <see cref="DateResolver"/>).
/// Only the few tokens around a date cue are read: by the <see cref="DateGrammar"/> when it can, else by the (slow)
/// temporal parser, built on first need, within the document's <see cref="ModelBudget"/>.
/// Mention value: <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>; detail: <see cref="ResolvedDate.Detail"/>.
/// </summary>
public sealed class DateRecognizer : IRecognizer
{
    /// <summary>Tokens either side of a cue given to the parser: enough for "il y a trois jours", "le mois de juillet dernier".</summary>
    public const int WindowReach = 4;

    private static readonly ConcurrentDictionary<string, Lazy<DateRecognizer>> Loaded = new();

    private readonly Lazy<ITemporalParser> _parser;
    private readonly DateGrammar? _grammar;
    private readonly DateCues _cues;
    private readonly TemporalRepairs _repairs;
    private readonly DateResolver _resolver;
    // Quantities ask for the same matches as dates do, right after them and on the same thread: each thread keeps the
    // last text's. (A table weakly keyed by every text cost a delegate, a lock and a GC handle per text; a text asked
    // for again elsewhere is read again, to the same matches.) It holds one text per thread alive until the next.
    [ThreadStatic] private static LastFound? t_last;

    private sealed record LastFound(DateRecognizer Recognizer, AnalyzedText Text, IReadOnlyList<TemporalMatch> Matches);

    /// <summary>A recognizer that gives every cue window to <paramref name="parser"/>.</summary>
    public DateRecognizer(ITemporalParser parser, DateCues cues) : this(new Lazy<ITemporalParser>(parser), null, cues)
    {
    }

    /// <param name="grammar">Reads the windows it can; the others go to <paramref name="parser"/>. Null: all go to the parser.</param>
    public DateRecognizer(Lazy<ITemporalParser> parser, DateGrammar? grammar, DateCues cues)
    {
        _parser = parser;
        _grammar = grammar;
        _cues = cues;
        _repairs = new TemporalRepairs(cues);
        _resolver = new DateResolver(cues);
    }

    /// <summary>The language's recognizer, built once per process and shared (it is thread-safe).</summary>
    public static DateRecognizer Load(string language) =>
        Loaded.GetOrAdd(language, l => new Lazy<DateRecognizer>(() => new DateRecognizer(
            new Lazy<ITemporalParser>(() => new RecognizersTemporalParser(l)), DateGrammar.Load(l), DateCues.Load(l)))).Value;

    public IEnumerable<Mention> Recognize(AnalyzedText text)
    {
        foreach (var match in Find(text))
        {
            var sentence = text.Sentences[text.SentenceAt(match.Span.Start)];
            if (_resolver.Resolve(text, sentence, match) is { } date)
                yield return new Mention(MentionKind.Date, match.Span, date.Value, match.Entry, date.Detail);
        }
    }

    /// <summary>Every time expression of the text, resolvable or not, in text order.</summary>
    public IReadOnlyList<TemporalMatch> Find(AnalyzedText text)
    {
        if (t_last is { } last && last.Recognizer == this && last.Text == text) return last.Matches;
        var found = FindAll(text);
        t_last = new LastFound(this, text, found);
        return found;
    }

    private IReadOnlyList<TemporalMatch> FindAll(AnalyzedText text)
    {
        var reference = ReferenceDay(text.Document.Published);
        var all = new List<TemporalMatch>();
        var budget = new ModelBudget(text.Text.Length);
        // One sentence's matches at a time, repaired in place and then kept: one list for the text (the thread's), not two a sentence.
        var found = ScratchList<TemporalMatch>.Take();
        var grammarWindow = _grammar?.Window(text, reference);
        foreach (var sentence in text.Sentences)
        {
            var windows = 0;
            var cueWindows = CueWindows.Around(text, sentence, _cues, WindowReach);
            while (cueWindows.MoveNext())
            foreach (var (first, end) in ModelWindows.Pieces(text, cueWindows.Current.First, cueWindows.Current.End))
            {
                windows++;
                var window = text.SpanOf(first, end);
                var read = grammarWindow is null ? null : _grammar!.TryRead(grammarWindow, first, end);
                var source = read is null ? "Recognizers.DateTime" : "DateGrammar";
                // Past the budget, a window the grammar cannot read keeps only the month names the repairs add.
                if (read is null && !budget.TrySpend(window.Length)) continue;
                var expressions = read ?? _parser.Value.Parse(window.Of(text.Text), reference);
                for (var k = 0; k < expressions.Count; k++)
                {
                    var e = expressions[k];
                    found.Add(new TemporalMatch(new TextSpan(window.Start + e.Start, e.Length), e.Timex, e.Mod, $"{source}: {e.Timex}"));
                }
            }
            // A sentence without a cue has no month name either: the repairs would find nothing to do.
            if (windows == 0) continue;
            _repairs.Apply(text, sentence, found, cueWindows.NamesMonth);
            all.AddRange(found);
            found.Clear();
        }
        ScratchList<TemporalMatch>.Return(found);
        return all;
    }

    /// <summary>What relative expressions are computed against. Without a known day they are dropped
    /// later, so any day of the known month or year serves.</summary>
    private static System.DateTime ReferenceDay(PartialDate? published) => published is { } p
        ? new System.DateTime(p.Year, p.Month ?? 1, p.Day ?? 1)
        : new System.DateTime(2000, 1, 1);
}
