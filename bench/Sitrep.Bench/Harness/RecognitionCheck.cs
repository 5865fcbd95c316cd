using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Recognition;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Numbers;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Bench.Harness;

/// <summary>
/// Proof that the date and number grammars change nothing: codes the dates and quantities of every article twice,
/// once with Microsoft.Recognizers' models alone and once grammar first, and prints every mention that differs
/// (kind, span, value, detail; a different entry alone is only counted), then how many windows each side read.
/// </summary>
public static class RecognitionCheck
{
    private const string Language = "fr";

    public static int Run(IEnumerable<string> corpora, int articles, int shown, TextWriter output)
    {
        var dateModel = new CountingTemporalParser(new RecognizersTemporalParser(Language));
        var numberModel = new CountingNumberParser(new RecognizersNumberParser(Language));
        var cues = DateCues.Load(Language);
        var words = NumberWords.Load(Language);
        var modelOnly = Recognizers(new DateRecognizer(new RecognizersTemporalParser(Language), cues), new RecognizersNumberParser(Language), null, words);
        var grammarFirst = Recognizers(new DateRecognizer(new Lazy<ITemporalParser>(dateModel), DateGrammar.Load(Language), cues),
            numberModel, new NumberGrammar(words), words);
        var segmenter = RuleSegmenter.Load(Language);
        var documents = DocumentReader.Load(Language).ReadAll(corpora, new IngestOptions(Language: Language))
            .OfType<IngestResult.Read>().Select(r => r.Document).Take(articles).ToList();
        int differing = 0, entryOnly = 0, mentions = 0;
        foreach (var document in documents)
        {
            var text = segmenter.Segment(document);
            var before = modelOnly.SelectMany(r => r.Recognize(text)).ToList();
            var after = grammarFirst.SelectMany(r => r.Recognize(text)).ToList();
            mentions += before.Count;
            var lost = before.ExceptBy(after.Select(m => Key(text, m)), m => Key(text, m)).ToList();
            var gained = after.ExceptBy(before.Select(m => Key(text, m)), m => Key(text, m)).ToList();
            foreach (var m in lost) output.WriteLine($"{document.Id}\t- {Key(text, m)}\t{Context(text, m)}");
            foreach (var m in gained) output.WriteLine($"{document.Id}\t+ {Key(text, m)}\t{Context(text, m)}");
            differing += lost.Count + gained.Count;
            entryOnly += before.Select(m => $"{Key(text, m)} {m.Entry}").Except(after.Select(m => $"{Key(text, m)} {m.Entry}")).Count() - lost.Count;
        }
        output.WriteLine($"{documents.Count} articles, {mentions} date and quantity mentions; {differing} differ, {entryOnly} differ by entry only");
        output.WriteLine($"date windows read by the model: {dateModel.Windows.Count}; number runs read by the model: {numberModel.Windows.Count}");
        foreach (var (window, count) in dateModel.Windows.Concat(numberModel.Windows).CountBy(w => w).OrderByDescending(p => p.Value).Take(shown))
            output.WriteLine($"{count,6}  {window}");
        return differing == 0 ? 0 : 1;
    }

    private static IRecognizer[] Recognizers(DateRecognizer dates, INumberParser numberModel, NumberGrammar? grammar, NumberWords words) =>
    [
        dates,
        new QuantityRecognizer(new Lazy<INumberParser>(numberModel), grammar, dates, words, VagueNumbers.Load(Language),
            TsvFile.ReadList(Path.Combine(ResourcePaths.Language(Language), "counted_nouns.txt")), $"{Language}/counted_nouns.txt"),
    ];

    private static string Key(AnalyzedText text, Mention m) => $"{m.Kind} @{m.Span.Start} \"{m.Span.Of(text.Text)}\" {m.Value} {m.Detail}";

    private static string Context(AnalyzedText text, Mention m) =>
        text.SpanOf(text.Sentences[text.SentenceAt(m.Span.Start)]).Of(text.Text).Replace('\n', ' ');

    /// <summary>The windows the model was given, digits written 9 so that alike windows count together.</summary>
    private static string Shape(string window) => new(window.Select(c => char.IsAsciiDigit(c) ? '9' : c == '\n' ? ' ' : c).ToArray());

    private sealed class CountingTemporalParser(ITemporalParser inner) : ITemporalParser
    {
        public List<string> Windows { get; } = [];

        public IReadOnlyList<TemporalExpression> Parse(string window, System.DateTime reference)
        {
            Windows.Add("D " + Shape(window));
            return inner.Parse(window, reference);
        }
    }

    private sealed class CountingNumberParser(INumberParser inner) : INumberParser
    {
        public List<string> Windows { get; } = [];

        public IReadOnlyList<ParsedNumber> Parse(string window)
        {
            Windows.Add("N " + Shape(window));
            return inner.Parse(window);
        }
    }
}
