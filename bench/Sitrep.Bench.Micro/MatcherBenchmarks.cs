using BenchmarkDotNet.Attributes;
using Sitrep.Model;
using Sitrep.Recognition;
using Sitrep.Recognition.Phrases;
using Sitrep.Recognition.Places;
using Sitrep.Text;

namespace Sitrep.Bench.Micro;

/// <summary>
/// The dictionary matchers (actors, triggers with their prefix patterns, cues) one by one, the four dictionaries in their
/// shared walk (<see cref="DictionaryPass"/>, as the pipeline runs them), and the place matcher, on one paragraph.
/// </summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private readonly IRecognizer _actors = DictionaryRecognizer.Load("fr", "actors.tsv", MentionKind.Actor, "actor", "side", "label", "label_actor");
    private readonly IRecognizer _triggers = DictionaryRecognizer.Load("fr", "triggers.tsv", MentionKind.Trigger, "class", "strength");
    private readonly IRecognizer _cues = DictionaryRecognizer.Load("fr", "cues.tsv", MentionKind.Cue, "kind");
    private readonly IRecognizer _dictionaries = Pipeline.Build("fr").Recognizers.Single(r => r.Name == "dictionaries").Recognizer;
    private readonly IRecognizer _places = PlaceRecognizer.Load("fr");
    private readonly AnalyzedText _text = RuleSegmenter.Load("fr").Segment(SampleText.Document());

    [Benchmark]
    public int Actors() => _actors.Recognize(_text).Count();

    [Benchmark]
    public int Triggers() => _triggers.Recognize(_text).Count();

    [Benchmark]
    public int Cues() => _cues.Recognize(_text).Count();

    [Benchmark]
    public int Dictionaries() => _dictionaries.Recognize(_text).Count();

    [Benchmark]
    public int Places() => _places.Recognize(_text).Count();

    // A run meets new names all the time, where the paragraph above, read again and again, shows the place matcher the
    // same few: these texts open on two names made up for each, more of them (~50k) than a thread's table of keyed
    // names held before the thirteenth round (32k), and each call reads the next text.
    private const int NewNameTexts = 16_384;
    private AnalyzedText[] _newNameTexts = [];
    private int _nextNewNameText;

    [GlobalSetup(Target = nameof(PlacesMeetingNewNames))]
    public void MakeNewNameTexts()
    {
        var segmenter = RuleSegmenter.Load("fr");
        _newNameTexts = new AnalyzedText[NewNameTexts];
        for (var i = 0; i < NewNameTexts; i++)
        {
            var made = MadeUpWord(i);
            var text = $"Les habitants de Kafr {made} ont fui vers Tall {made}a et Deir {made}. " + SampleText.Text;
            _newNameTexts[i] = segmenter.Segment(SampleText.Document() with { Text = text });
        }
    }

    [Benchmark]
    public int PlacesMeetingNewNames() => _places.Recognize(_newNameTexts[_nextNewNameText++ % NewNameTexts]).Count();

    /// <summary>A capitalised word of letters made from a number ("Bab", "Bac"...), one per number.</summary>
    private static string MadeUpWord(int n)
    {
        var letters = new List<char>();
        for (; n > 0 || letters.Count < 3; n /= 26) letters.Add((char)('a' + n % 26));
        letters.Reverse();
        return char.ToUpperInvariant(letters[0]) + new string([.. letters.Skip(1)]);
    }
}
