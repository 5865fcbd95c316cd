using System.Runtime.InteropServices;
using Sitrep.Model;
using Sitrep.Resources;

namespace Sitrep.Text;

/// <summary>
/// Rule-based sentence and token segmenter. Language knowledge comes from data: the shared character classes,
/// and per language the abbreviations and elisions. Immutable once built, so one instance serves all threads.
/// </summary>
/// <remarks>
/// Choices later stages can rely on: an elision is a token with its apostrophe ("l’"); hyphenated words are one
/// token, inverted verbs included ("al-Chaar", "a-t-il"); an abbreviation, initial or dotted acronym keeps its
/// period ("M.", "déc.", "A.", "O.N.U."); a number keeps its separators and space-grouped thousands ("100.000",
/// "2 500") and letters glued to it ("1er"); "%" is a Symbol token of its own. Every line is a paragraph.
/// Surrogates, controls and unassigned code points are in no token: <see cref="TextNormalizer"/> cannot fold them.
/// </remarks>
public sealed class RuleSegmenter : ISegmenter
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;

    public RuleSegmenter(CharClasses characters, IEnumerable<Abbreviation> abbreviations, IEnumerable<string> elisions)
    {
        var matcher = new AbbreviationMatcher(abbreviations, characters);
        _tokenizer = new Tokenizer(characters, matcher, new ElisionSet(elisions, characters));
        _splitter = new SentenceSplitter(characters, matcher);
    }

    /// <summary>Builds the segmenter of a language from <c>resources/lang/&lt;language&gt;/</c> and the shared character classes.</summary>
    public static RuleSegmenter Load(string language)
    {
        var folder = ResourcePaths.Language(language);
        return new RuleSegmenter(
            CharClasses.LoadShared(),
            Abbreviation.Load(Path.Combine(folder, Abbreviation.FileName)),
            TsvFile.ReadList(Path.Combine(folder, ElisionSet.FileName)));
    }

    public AnalyzedText Segment(Document document)
    {
        // Built in the thread's lists and copied out at their size: the tokens and sentences are kept with the text.
        var scratchTokens = ScratchList<Token>.Take();
        _tokenizer.Tokenize(document.Text, scratchTokens);
        var tokens = ScratchList<Token>.CopyOut(scratchTokens);
        var scratchSentences = ScratchList<Sentence>.Take();
        _splitter.Split(document.Text, CollectionsMarshal.AsSpan(tokens), scratchSentences);
        return new AnalyzedText(document, tokens, ScratchList<Sentence>.CopyOut(scratchSentences));
    }
}
