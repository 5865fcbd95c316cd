using Sitrep.Model;

namespace Sitrep.Tests.Recognition;

public class CodingOrderTests
{
    private static Mention At(int start, MentionKind kind, string value) => new(kind, new TextSpan(start, 3), value, "test");

    [Fact]
    public void MentionsComeByPositionThenKindAndTiesKeepTheirOrder()
    {
        var random = new Random(11);
        for (var round = 0; round < 50; round++)
        {
            var mentions = Enumerable.Range(0, 40)
                .Select(i => At(random.Next(8), (MentionKind)random.Next(3), $"m{i}"))
                .ToList();
            var expected = mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).Select(m => m.Value);
            Assert.Equal(expected, Pipeline.InCodingOrder(mentions).Select(m => m.Value));
            Assert.Equal(expected, Pipeline.InCodingOrder(mentions.Where(_ => true)).Select(m => m.Value));
        }
    }

    [Fact]
    public void FarPositionsAndEveryKindComeInOrderToo()
    {
        var random = new Random(12);
        var kinds = Enum.GetValues<MentionKind>();
        var starts = new[] { 0, 1, 70_000, 1 << 28, int.MaxValue - 3 };
        var mentions = Enumerable.Range(0, 200)
            .Select(i => At(starts[random.Next(starts.Length)], kinds[random.Next(kinds.Length)], $"m{i}"))
            .ToArray();
        var expected = mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).Select(m => m.Value);
        Assert.Equal(expected, Pipeline.InCodingOrder(mentions).Select(m => m.Value));
    }

    [Fact]
    public void AKindMentionKindDoesNotNameIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Pipeline.InCodingOrder([At(1, MentionKind.Place, "a"), At(0, (MentionKind)16, "b")]));

    [Fact]
    public void TheGivenListIsLeftAsItWas()
    {
        var mentions = new List<Mention> { At(5, MentionKind.Actor, "b"), At(1, MentionKind.Place, "a") };
        Assert.Equal(["a", "b"], Pipeline.InCodingOrder(mentions).Select(m => m.Value));
        Assert.Equal(["b", "a"], mentions.Select(m => m.Value));
    }
}
