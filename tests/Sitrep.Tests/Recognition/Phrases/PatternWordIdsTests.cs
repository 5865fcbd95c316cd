using Sitrep.Model;
using Sitrep.Recognition.Phrases;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognition.Phrases;

/// <summary>Pattern words are compared with tokens by number: one number a word, none for words no pattern has.</summary>
public class PatternWordIdsTests
{
    private static readonly RuleSegmenter Segmenter = RuleSegmenter.Load("fr");

    [Fact]
    public void AWordHasOneNumberInEveryPatternAndPrefixesAndGapsHaveNone()
    {
        var first = PhrasePattern<int>.Parse("tir* ~ Qorvex Été", 1, "test").Words;
        var second = PhrasePattern<int>.Parse("ete qorvex", 2, "test").Words;
        Assert.Equal([PatternWordIds.None, PatternWordIds.None], first[..2].Select(w => w.Id));
        Assert.Equal(first[2].Id, second[1].Id);
        Assert.Equal(first[3].Id, second[0].Id);
        Assert.NotEqual(first[2].Id, first[3].Id);
        Assert.DoesNotContain(PatternWordIds.None, second.Select(w => w.Id));
        Assert.Equal(first[3].Id, PatternWordIds.Of(TextNormalizer.Normalize("Été")));
        Assert.Equal(PatternWordIds.None, PatternWordIds.Of("qorvexe"));
    }

    [Fact]
    public void AWordThatNoPatternHadWhenAPassReadItMatchesAPatternParsedAfter()
    {
        // "vrolsk" has no number when the first pass reads the text, and one when the second pass is built.
        var text = Segmenter.Segment(TestPipeline.Doc("Les vrolsk drunmar avancent."));
        DictionaryRecognizer Dictionary(string pattern) => new(MentionKind.Actor, [PhrasePattern<(string, string?)>.Parse(pattern, (pattern, null), "test:1")]);
        Assert.Empty(new DictionaryPass([Dictionary("les avions")]).Recognize(text));
        var later = new DictionaryPass([Dictionary("vrolsk drunmar")]);
        Assert.Equal(["vrolsk drunmar"], later.Recognize(text).Select(m => m.Value));
        Assert.Equal(["vrolsk drunmar"], Dictionary("vrolsk drunmar").Recognize(text).Select(m => m.Value));
    }
}
