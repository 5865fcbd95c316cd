using Sitrep.Model;
using Sitrep.Tests.Support;
using Sitrep.Text;
using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

/// <summary>The five seed articles segment sensibly: every line at least one sentence, no sentence cut before a lowercase word.</summary>
public sealed class SeedCorpusTests
{
    private static string[] SeedNames =>
        Directory.GetFiles(Path.Combine(SharedPaths.Root, "corpus", "seeds"), "*.txt").Select(f => Path.GetFileName(f)).Order().ToArray();

    public static TheoryData<string> Seeds => new(SeedNames);

    private static string Read(string seed) => File.ReadAllText(Path.Combine(SharedPaths.Root, "corpus", "seeds", seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OnlyGroupedNumbersHoldASpace(string seed)
    {
        var text = Read(seed);
        var analyzed = Analyze(text);
        Assert.All(analyzed.Tokens.Where(t => text.AsSpan(t.Start, t.Length).ContainsAny(' ', '\u00A0', '\u202F')),
            t => Assert.Equal(TokenKind.Number, t.Kind));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SentenceCountIsSane(string seed)
    {
        var text = Read(seed);
        var analyzed = Analyze(text);
        var lines = text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));
        var finalMarks = text.Count(c => c is '.' or '!' or '?' or '…');
        Assert.InRange(analyzed.Sentences.Count, lines, lines + finalMarks);
        Assert.Equal(lines - 1, analyzed.Sentences[^1].Paragraph);
        Assert.All(analyzed.Sentences, s => Assert.False(char.IsLower(text[s.Start]), $"sentence starts in lower case: {analyzed.SpanOf(s).Of(text)}"));
        Assert.InRange(analyzed.Tokens.Count / (double)analyzed.Sentences.Count, 8, 60);
    }

    [Fact]
    public void TheFiguresOfTheFirstSeedAreNumbers()
    {
        var analyzed = Analyze(Read("000_1881e92bc0bc0fca.txt"));
        var numbers = Enumerable.Range(0, analyzed.Tokens.Count)
            .Where(i => analyzed.Tokens[i].Kind == TokenKind.Number).Select(analyzed.Surface).ToList();
        Assert.Contains("100.000", numbers);
        Assert.Contains("2 500", numbers);
        Assert.Contains("70", numbers);
    }

    [Fact]
    public void OneSegmenterGivesTheSameResultOnManyThreads()
    {
        var texts = SeedNames.Select(Read).ToArray();
        var once = texts.Select(t => Analyze(t).Tokens.ToArray()).ToArray();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(t => Segmenter.Segment(new Document("p", null, null, "fr", null, t, "p")).Tokens.ToArray()).ToArray();
        Assert.Equal(once, parallel);
    }
}
