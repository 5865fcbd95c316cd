using System.Buffers;
using System.Runtime.InteropServices;
using Sitrep.Coding;
using Sitrep.Collections;
using Sitrep.Model;
using Sitrep.Recognition;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Numbers;
using Sitrep.Recognition.Phrases;
using Sitrep.Recognition.Places;
using Sitrep.Text;

namespace Sitrep;

/// <summary>
/// The whole coding pipeline for one language: segment, recognise, code. Build once (it loads and compiles
/// every resource), then call <see cref="Run"/> from any number of threads.
/// </summary>
public sealed class Pipeline
{
    private Pipeline(string language, ISegmenter segmenter, IReadOnlyList<(string Name, IRecognizer Recognizer)> recognizers, EventCoder coder)
    {
        Language = language;
        Segmenter = segmenter;
        Recognizers = recognizers;
        Coder = coder;
        CoderVersion = Sitrep.CoderVersion.Of(language);
    }

    public string Language { get; }

    /// <summary>What this pipeline codes with, its resources and its code (<see cref="Sitrep.CoderVersion"/>); stored with every coded document.</summary>
    public string CoderVersion { get; }

    /// <summary>The steps, exposed so a benchmark can time each on its own: the segmenter, the named recognizers, the coder.</summary>
    public ISegmenter Segmenter { get; }

    public IReadOnlyList<(string Name, IRecognizer Recognizer)> Recognizers { get; }

    public EventCoder Coder { get; }

    public static Pipeline Build(string language = "fr")
    {
        // Loaded on another core while the rest loads: the gazetteer is the largest part (~0.3 s, most of it its code's
        // first run), and nothing before the places needs it.
        var loadingGazetteer = Task.Run(() => Gazetteer.Load(language));
        // Actors, sources, triggers and cues in one walk over the tokens.
        var dictionaries = new DictionaryPass(
        [
            DictionaryRecognizer.Load(language, "actors.tsv", MentionKind.Actor, "actor", "side", "label", "label_actor"),
            DictionaryRecognizer.Load(language, "sources.tsv", MentionKind.Source, NameTolerance.LongNames, "source", "kind"),
            DictionaryRecognizer.Load(language, "triggers.tsv", MentionKind.Trigger, "class", "strength"),
            DictionaryRecognizer.Load(language, "cues.tsv", MentionKind.Cue, "kind"),
        ]);
        var dates = DateRecognizer.Load(language);
        var quantities = QuantityRecognizer.Load(language);
        var segmenter = RuleSegmenter.Load(language);
        var gazetteer = loadingGazetteer.GetAwaiter().GetResult();
        (string, IRecognizer)[] recognizers =
        [
            ("dictionaries", dictionaries),
            ("places", PlaceRecognizer.Load(language, gazetteer)),
            ("dates", dates),
            ("quantities", quantities),
        ];
        var coder = new EventCoder(new GazetteerPlaceResolver(gazetteer), ClaimCoder.Load(language), GenericReferents.Load(language),
            CasualtyNouns.Load(language), AgentAdjectives.Load(language), PoliticalForms.Load(language), FunctionWords.Load(language));
        return new Pipeline(language, segmenter, recognizers, coder);
    }

    /// <summary>Analyses a document: its sentences and tokens, then every mention the recognizers find.</summary>
    public (AnalyzedText Text, IReadOnlyList<Mention> Mentions) Analyse(Document document)
    {
        var text = Segmenter.Segment(document);
        return (text, InCodingOrder(Recognizers.SelectMany(r => r.Recognizer.Recognize(text))));
    }

    public CodedDocument Run(Document document)
    {
        var (text, mentions) = Analyse(document);
        return Coder.Code(text, mentions);
    }

    /// <summary>Mentions in the order the coder reads them: by position, then kind; those alike in both stay in the order given.</summary>
    public static List<Mention> InCodingOrder(IEnumerable<Mention> mentions)
    {
        // The order is a sort of one number a mention (CodingKey) in a pooled array, the mentions then copied in that
        // order: numbers compare where a key struct's CompareTo was a call and the kind's compare a boxed enum, and the
        // mentions are moved once rather than along with every swap. The number ends with the mention's place in the
        // input, which keeps mentions alike in the order given. The recognizers hand their mentions each in text order:
        // the numbers are merged run by run (RunMerge), not sorted whole.
        // Copied at its exact size, as OrderBy's list was: the coded document keeps it, and a list that grew by doubling
        // from mentions handed out one by one (a run's recognizers, chained) would keep up to twice the room.
        ReadOnlySpan<Mention> given = mentions switch
        {
            List<Mention> list => CollectionsMarshal.AsSpan(list),
            Mention[] array => array,
            _ => mentions.ToArray(),
        };
        var room = ArrayPool<ulong>.Shared.Rent(2 * given.Length);
        var keys = room.AsSpan(0, given.Length);
        for (var i = 0; i < given.Length; i++) keys[i] = CodingKey.Of(given[i], i);
        keys = RunMerge.Sort(keys, room.AsSpan(given.Length, given.Length));
        var sorted = new List<Mention>(given.Length);
        CollectionsMarshal.SetCount(sorted, given.Length);
        var into = CollectionsMarshal.AsSpan(sorted);
        for (var i = 0; i < into.Length; i++) into[i] = given[CodingKey.Place(keys[i])];
        ArrayPool<ulong>.Shared.Return(room);
        return sorted;
    }
}
