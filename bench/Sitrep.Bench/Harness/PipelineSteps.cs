using Sitrep.Coding;
using Sitrep.Model;
using Sitrep.Recognition;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Numbers;
using Sitrep.Recognition.Phrases;
using Sitrep.Recognition.Places;
using Sitrep.Text;

namespace Sitrep.Bench.Harness;

/// <summary>
/// The steps of <see cref="Pipeline.Build"/>, built one by one so that each can be timed on its own (keep the two
/// lists alike): the segmenter, each recognizer under a short name, and the coder.
/// </summary>
public sealed class PipelineSteps
{
    private PipelineSteps(ISegmenter segmenter, IReadOnlyList<(string Name, IRecognizer Recognizer)> recognizers, EventCoder coder)
    {
        Segmenter = segmenter;
        Recognizers = recognizers;
        Coder = coder;
    }

    public ISegmenter Segmenter { get; }

    public IReadOnlyList<(string Name, IRecognizer Recognizer)> Recognizers { get; }

    public EventCoder Coder { get; }

    public static PipelineSteps Build(string language)
    {
        var gazetteer = Gazetteer.Load(language);
        (string, IRecognizer)[] recognizers =
        [
            ("actors", DictionaryRecognizer.Load(language, "actors.tsv", MentionKind.Actor, "actor", "side", "label", "label_actor")),
            ("sources", DictionaryRecognizer.Load(language, "sources.tsv", MentionKind.Source, "source", "kind")),
            ("triggers", DictionaryRecognizer.Load(language, "triggers.tsv", MentionKind.Trigger, "class", "strength")),
            ("cues", DictionaryRecognizer.Load(language, "cues.tsv", MentionKind.Cue, "kind")),
            ("places", PlaceRecognizer.Load(language, gazetteer)),
            ("dates", DateRecognizer.Load(language)),
            ("quantities", QuantityRecognizer.Load(language)),
        ];
        var coder = new EventCoder(new GazetteerPlaceResolver(gazetteer), ClaimCoder.Load(language),
            GenericReferents.Load(language), NounList.Load(language, "counted_nouns.txt"));
        return new PipelineSteps(RuleSegmenter.Load(language), recognizers, coder);
    }

    /// <summary>Mentions in the order <see cref="Pipeline.Analyse"/> gives them to the coder.</summary>
    public static List<Mention> Sorted(IEnumerable<Mention> mentions) =>
        mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).ToList();
}
