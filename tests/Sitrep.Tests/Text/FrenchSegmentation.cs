using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>The French segmenter as shipped, loaded once, with short ways to look at its output.</summary>
internal static class FrenchSegmentation
{
    public static RuleSegmenter Segmenter { get; } = RuleSegmenter.Load("fr");

    public static AnalyzedText Analyze(string text, ISegmenter? segmenter = null)
    {
        var analyzed = (segmenter ?? Segmenter).Segment(new Document("test", null, null, "fr", null, text, "test"));
        SegmentationInvariants.AssertHold(analyzed);
        return analyzed;
    }

    public static string[] Tokens(string text) => Surfaces(Analyze(text));

    public static string[] Surfaces(AnalyzedText analyzed) =>
        Enumerable.Range(0, analyzed.Tokens.Count).Select(analyzed.Surface).ToArray();

    public static string[] Sentences(string text, ISegmenter? segmenter = null)
    {
        var analyzed = Analyze(text, segmenter);
        return analyzed.Sentences.Select(s => analyzed.SpanOf(s).Of(text)).ToArray();
    }

    public static TokenKind KindOf(string text, string surface)
    {
        var analyzed = Analyze(text);
        var index = Array.IndexOf(Surfaces(analyzed), surface);
        Assert.True(index >= 0, $"no token '{surface}' in: {string.Join(" | ", Surfaces(analyzed))}");
        return analyzed.Tokens[index].Kind;
    }
}
