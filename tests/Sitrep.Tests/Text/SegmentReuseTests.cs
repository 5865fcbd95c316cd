using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

/// <summary>The segmenter builds each text's tokens and sentences in lists it keeps for the thread: no text sees another's.</summary>
public sealed class SegmentReuseTests
{
    private const string Long = "Les combats reprennent à Alep. Les rebelles fuient vers Idleb.\nUn titre\nTrois morts, dit l’OSDH.";
    private const string Short = "Deux blessés.";

    [Fact]
    public void AShortTextSegmentedAfterALongOneHasOnlyItsOwnTokensAndSentences()
    {
        Analyze(Long);
        var analyzed = Analyze(Short);
        Assert.Equal(["Deux", "blessés", "."], Surfaces(analyzed));
        var sentence = Assert.Single(analyzed.Sentences);
        Assert.Equal((0, 0, 3, 0), (sentence.Index, sentence.FirstToken, sentence.TokenCount, sentence.Paragraph));
    }

    [Fact]
    public void ATextsTokensAndSentencesStayAsTheyWereWhenTheNextTextIsSegmented()
    {
        var first = Analyze(Long);
        var tokens = first.Tokens.ToList();
        var sentences = first.Sentences.ToList();
        Analyze(Short);
        Analyze(string.Concat(Enumerable.Repeat(Long + "\n", 5000)));
        Assert.Equal(tokens, first.Tokens);
        Assert.Equal(sentences, first.Sentences);
    }

    [Fact]
    public void AVeryLongTextIsSegmentedAsTheSameTextsOneByOne()
    {
        var alone = Analyze(Long);
        var many = Analyze(string.Concat(Enumerable.Repeat(Long + "\n", 5000)));
        Assert.Equal(alone.Tokens.Count * 5000, many.Tokens.Count);
        Assert.Equal(alone.Sentences.Count * 5000, many.Sentences.Count);
        Assert.Equal(Surfaces(alone), Surfaces(many).Take(alone.Tokens.Count));
    }
}
