using Sitrep.Coding;
using Sitrep.Model;
using Sitrep.Recognition;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Numbers;
using Sitrep.Recognition.Phrases;
using Sitrep.Recognition.Places;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep;

/// <summary>
/// The whole coding pipeline for one language: segment, recognise, code. Build once (it loads and compiles
/// every resource), then call <see cref="Run"/> from any number of threads.
/// </summary>
public sealed class Pipeline
{
    private readonly ISegmenter _segmenter;
    private readonly IReadOnlyList<IRecognizer> _recognizers;
    private readonly EventCoder _coder;

    private Pipeline(string language, ISegmenter segmenter, IReadOnlyList<IRecognizer> recognizers, EventCoder coder)
    {
        Language = language;
        _segmenter = segmenter;
        _recognizers = recognizers;
        _coder = coder;
        ResourceVersion = Resources.ResourceVersion.Of(language);
    }

    public string Language { get; }

    /// <summary>A hash of the resources this pipeline was built from; stored with every coded document.</summary>
    public string ResourceVersion { get; }

    public static Pipeline Build(string language = "fr")
    {
        var gazetteer = Gazetteer.Load(language);
        IRecognizer[] recognizers =
        [
            DictionaryRecognizer.Load(language, "actors.tsv", MentionKind.Actor, "actor", "side", "label", "label_actor"),
            DictionaryRecognizer.Load(language, "sources.tsv", MentionKind.Source, NameTolerance.LongNames, "source", "kind"),
            DictionaryRecognizer.Load(language, "triggers.tsv", MentionKind.Trigger, "class", "strength"),
            DictionaryRecognizer.Load(language, "cues.tsv", MentionKind.Cue, "kind"),
            PlaceRecognizer.Load(language, gazetteer),
            DateRecognizer.Load(language),
            QuantityRecognizer.Load(language),
        ];
        var coder = new EventCoder(new GazetteerPlaceResolver(gazetteer), ClaimCoder.Load(language), GenericReferents.Load(language), NounList.Load(language, "counted_nouns.txt"), AgentAdjectives.Load(language));
        return new Pipeline(language, RuleSegmenter.Load(language), recognizers, coder);
    }

    /// <summary>Analyses a document: its sentences and tokens, then every mention the recognizers find.</summary>
    public (AnalyzedText Text, IReadOnlyList<Mention> Mentions) Analyse(Document document)
    {
        var text = _segmenter.Segment(document);
        var mentions = _recognizers.SelectMany(r => r.Recognize(text))
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).ToList();
        return (text, mentions);
    }

    public CodedDocument Run(Document document)
    {
        var (text, mentions) = Analyse(document);
        return _coder.Code(text, mentions);
    }
}
