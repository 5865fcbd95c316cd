using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class TextBoundedBatchesTests
{
    private static string[][] Batches(IEnumerable<string> items, int maxItems, long maxChars) =>
        [.. TextBoundedBatches.Of(items, maxItems, maxChars, s => s.Length)];

    [Fact]
    public void ABatchEndsOnceItHoldsTheMostItemsAllowed()
    {
        Assert.Equal([["a", "b"], ["c", "d"], ["e"]], Batches(["a", "b", "c", "d", "e"], maxItems: 2, maxChars: 100));
    }

    [Fact]
    public void ABatchEndsBeforeTheItemThatWouldTakeItsTextOverTheBound()
    {
        Assert.Equal([["abc", "de"], ["fghi", "j"], ["k"]], Batches(["abc", "de", "fghi", "j", "k"], maxItems: 10, maxChars: 5));
    }

    [Fact]
    public void AnItemLongerThanTheTextBoundFormsABatchOfItsOwn()
    {
        Assert.Equal([["a"], ["0123456789"], ["b"]], Batches(["a", "0123456789", "b"], maxItems: 10, maxChars: 5));
    }

    [Fact]
    public void EveryItemComesOutOnceInInputOrder()
    {
        var items = Enumerable.Range(0, 50).Select(i => new string('x', i % 7)).ToArray();

        Assert.Equal(items, Batches(items, maxItems: 4, maxChars: 9).SelectMany(b => b));
    }

    [Fact]
    public void ItemsWithoutTextAreBoundedByCountAlone()
    {
        Assert.Equal([["", "", ""], ["", ""]], Batches(["", "", "", "", ""], maxItems: 3, maxChars: 1));
    }

    [Fact]
    public void NoInputGivesNoBatch()
    {
        Assert.Empty(Batches([], maxItems: 3, maxChars: 10));
    }

    [Fact]
    public void BatchesAreReadLazilySoOnlyOneIsHeldAtATime()
    {
        var read = 0;
        IEnumerable<string> Counted() { foreach (var s in new[] { "a", "b", "c", "d" }) { read++; yield return s; } }

        using var batches = TextBoundedBatches.Of(Counted(), 2, 100, s => s.Length).GetEnumerator();
        Assert.True(batches.MoveNext());

        Assert.Equal(3, read);
    }
}
