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
}
