using Sitrep.Model;
using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition.Dates;

public class SpanIndexTests
{
    [Fact]
    public void ASpanOverlapsTheIndexExactlyWhenItOverlapsOneOfItsSpans()
    {
        var random = new Random(8);
        for (var round = 0; round < 200; round++)
        {
            var spans = new List<TextSpan>();
            var index = new SpanIndex();
            // Added out of order and nested, as dates and vague figures may come.
            for (var k = 0; k < 12; k++)
            {
                var span = new TextSpan(random.Next(60), random.Next(1, 15));
                spans.Add(span);
                index.Add(span);
            }
            for (var start = 0; start < 80; start++)
            for (var length = 0; length < 6; length++)
            {
                var probe = new TextSpan(start, length);
                Assert.Equal(spans.Any(probe.Overlaps), index.Overlaps(probe));
            }
        }
    }

    [Fact]
    public void SpansAddedOutOfOrderKeepTheFarthestEndBeforeThem()
    {
        var built = new SpanIndex();
        foreach (var span in new TextSpan[] { new(30, 5), new(2, 40), new(10, 3) }) built.Add(span);

        Assert.True(built.Overlaps(new TextSpan(41, 2)));
        Assert.False(built.Overlaps(new TextSpan(42, 2)));
        Assert.False(new SpanIndex().Overlaps(new TextSpan(0, 10)));
    }

    [Fact]
    public void AnIndexGivenBackComesBackEmptyAndOneGrownPastTheLimitIsNotKept()
    {
        var index = SpanIndex.Take();
        index.Add(new TextSpan(3, 4));
        SpanIndex.Return(index);

        var again = SpanIndex.Take();
        Assert.Same(index, again);
        Assert.Equal(0, again.Count);
        Assert.False(again.Overlaps(new TextSpan(3, 4)));

        for (var i = 0; i <= Sitrep.Text.ScratchList<TextSpan>.MaxKeptCapacity; i++) again.Add(new TextSpan(i, 1));
        SpanIndex.Return(again);
        Assert.NotSame(again, SpanIndex.Take());
    }
}
