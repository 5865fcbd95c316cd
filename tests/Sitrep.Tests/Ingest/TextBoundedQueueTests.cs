using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class TextBoundedQueueTests
{
    private static TextBoundedQueue<string> Queue(int maxItems, long maxChars) => new(maxItems, maxChars, s => s.Length);

    [Fact]
    public void ItemsComeOutInTheOrderTheyWentInUntilAddingIsComplete()
    {
        var queue = Queue(10, 100);
        foreach (var item in new[] { "un", "deux", "trois" }) queue.Add(item);
        queue.CompleteAdding();

        Assert.Equal(["un", "deux", "trois"], queue.GetConsumingEnumerable());
    }

    [Fact]
    public async Task AnAddWaitsWhileTheQueuedTextIsAtTheBoundAndGoesOnOnceAnItemIsTaken()
    {
        var queue = Queue(10, 8);
        queue.Add("abcdef");
        var adding = Task.Run(() => queue.Add("ghij"));

        Assert.NotSame(adding, await Task.WhenAny(adding, Task.Delay(200)));
        using var taken = queue.GetConsumingEnumerable().GetEnumerator();
        Assert.True(taken.MoveNext());
        await adding.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(taken.MoveNext());
        Assert.Equal("ghij", taken.Current);
    }

    [Fact]
    public async Task AnAddWaitsWhileTheQueueHoldsItsCountOfItems()
    {
        var queue = Queue(2, 1000);
        queue.Add("a");
        queue.Add("b");
        var adding = Task.Run(() => queue.Add("c"));

        Assert.NotSame(adding, await Task.WhenAny(adding, Task.Delay(200)));
        queue.GetConsumingEnumerable().First();
        await adding.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void AnItemLongerThanTheBoundIsLetIntoAnEmptyQueue()
    {
        var queue = Queue(10, 4);
        queue.Add("bien plus long que la borne");
        queue.CompleteAdding();

        Assert.Equal(["bien plus long que la borne"], queue.GetConsumingEnumerable());
    }

    [Fact]
    public void NothingIsAddedOnceAddingIsComplete()
    {
        var queue = Queue(10, 100);
        queue.CompleteAdding();

        Assert.Throws<InvalidOperationException>(() => queue.Add("tard"));
        Assert.Empty(queue.GetConsumingEnumerable());
    }
}
