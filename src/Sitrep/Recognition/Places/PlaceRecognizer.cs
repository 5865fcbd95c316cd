using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Sitrep.Model;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Finds place mentions: gazetteer names matched by <see cref="TransliterationKey"/> over token n-grams, and
/// names the gazetteer lacks when a place word introduces them ("le quartier Tourbet Lala"). Namesakes are
/// resolved from the whole document. Built once per language; immutable and thread-safe.
/// </summary>
public sealed class PlaceRecognizer : IRecognizer
{
    private readonly PlaceScanner _scanner;

    public PlaceRecognizer(Gazetteer gazetteer, PlaceWords words, IEnumerable<string> stopwords)
    {
        Gazetteer = gazetteer;
        _scanner = new PlaceScanner(gazetteer, words, stopwords.Select(TextNormalizer.Normalize).ToFrozenSet());
    }

    /// <summary>
    /// Loads the language's place words and stoplist from <see cref="ResourcePaths"/>, over the given gazetteer
    /// (or a freshly loaded one) with the language's own spellings added.
    /// </summary>
    public static PlaceRecognizer Load(string language, Gazetteer? gazetteer = null)
    {
        var folder = ResourcePaths.Language(language);
        return new PlaceRecognizer(
            (gazetteer ?? Gazetteer.Load()).WithLanguage(language),
            PlaceWords.Load(Path.Combine(folder, "place_words.tsv"), $"{language}/place_words.tsv"),
            TsvFile.ReadList(Path.Combine(folder, "place_stopwords.txt")));
    }

    public Gazetteer Gazetteer { get; }

    public IEnumerable<Mention> Recognize(AnalyzedText text) => Mentions(text);

    /// <summary>The place mentions of a text, each with the place it resolves to, in text order.</summary>
    public IReadOnlyList<PlaceMatch> Match(AnalyzedText text) =>
        Mentions(text).Select(m =>
        {
            var written = m.Span.Of(text.Text);
            return new PlaceMatch(m, Gazetteer.Resolve(m, written), written);
        }).ToList();

    private List<Mention> Mentions(AnalyzedText text)
    {
        // The sightings are read only until the mentions are made: the thread's list, not one grown anew for every text.
        var sightings = ScratchList<PlaceSighting>.Take();
        foreach (var sentence in text.Sentences)
            _scanner.Scan(text, sentence, sightings);
        var resolver = new NamesakeResolver(sightings);
        var mentions = new List<Mention>(sightings.Count);
        foreach (ref readonly var sighting in CollectionsMarshal.AsSpan(sightings))
            mentions.Add(MentionOf(sighting, resolver.Choose(sighting)));
        ScratchList<PlaceSighting>.Return(sightings);
        return mentions;
    }

    private static Mention MentionOf(in PlaceSighting sighting, PlaceCandidate? chosen)
    {
        if (chosen is null)
        {
            // Only a place word lets an unknown name through, so the cue is there.
            var cue = sighting.Cue!;
            return new Mention(MentionKind.Place, sighting.Span, "", cue.RuleEntry, cue.Level);
        }
        var precision = Math.Max(sighting.GeoPrecision, chosen.GeoPrecision);
        return new Mention(MentionKind.Place, sighting.Span, chosen.Entry.Id, chosen.Citation,
            PlaceMentionDetail.Format(sighting.IsSite ? PlaceMentionDetail.SiteLevel : chosen.Entry.EventLevel, precision));
    }
}
