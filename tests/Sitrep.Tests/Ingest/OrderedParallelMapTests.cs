using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class OrderedParallelMapTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static IEnumerable<TOut> Map<TOut>(IEnumerable<string> source, Func<string, TOut> work, int maxItems = 8, long maxChars = 1000) =>
        OrderedParallelMap<string, TOut>.Of(source, work, workers: 2, maxItems, maxChars, s => s.Length);

    [Fact]
    public void ResultsComeBackInInputOrderWhenAWorkerFinishesBeforeTheOneWorkingOnAnEarlierItem()
    {
        var secondDone = new ManualResetEventSlim();
        var finished = new List<string>();
        string Work(string item)
        {
            if (item == "un") secondDone.Wait(Patience);
            lock (finished) finished.Add(item);
            if (item == "deux") secondDone.Set();
            return item.ToUpperInvariant();
        }

        Assert.Equal(["UN", "DEUX", "TROIS", "QUATRE"], Map(["un", "deux", "trois", "quatre"], Work).ToList());
        Assert.Equal("deux", finished[0]);
    }

    [Fact]
    public void EachEnumerationMapsTheStreamAfresh()
    {
        var results = Map(["un", "deux"], s => s.Length);

        Assert.Equal([2, 4], results.ToList());
        Assert.Equal([2, 4], results.ToList());
    }

    [Fact]
    public void AnEmptyStreamGivesNoResults()
    {
        Assert.Empty(Map([], s => s).ToList());
    }

    [Fact]
    public async Task ASlowItemHoldsBackTheReadingOnceTheBoundOfItemsIsReached()
    {
        var source = new CountingSource(Enumerable.Range(0, 50).Select(i => $"n{i}"));
        var release = new ManualResetEventSlim();
        string Work(string item)
        {
            if (item == "n0") release.Wait(Patience);
            return item;
        }

        using var results = Map(source, Work, maxItems: 4).GetEnumerator();
        var first = Task.Run(results.MoveNext);
        // Four items in flight, the slow first among them, and the reader holding the fifth until there is room.
        Assert.True(SpinWait.SpinUntil(() => source.Yielded >= 5, Patience));
        await Task.Delay(200);
        Assert.Equal(5, source.Yielded);
        release.Set();
        Assert.True(await first.WaitAsync(Patience));
        Assert.Equal("n0", results.Current);
        var rest = new List<string>();
        while (results.MoveNext()) rest.Add(results.Current);
        Assert.Equal(Enumerable.Range(1, 49).Select(i => $"n{i}"), rest);
    }

    [Fact]
    public async Task ASlowItemHoldsBackTheReadingOnceTheBoundOfTextIsReached()
    {
        var source = new CountingSource(["aaaa", "bbbb", "cccc", "dddd", "eeee"]);
        var release = new ManualResetEventSlim();
        string Work(string item)
        {
            if (item == "aaaa") release.Wait(Patience);
            return item;
        }

        using var results = Map(source, Work, maxItems: 100, maxChars: 10).GetEnumerator();
        var first = Task.Run(results.MoveNext);
        // Two items (8 characters) in flight, the third waiting for room.
        Assert.True(SpinWait.SpinUntil(() => source.Yielded >= 3, Patience));
        await Task.Delay(200);
        Assert.Equal(3, source.Yielded);
        release.Set();
        Assert.True(await first.WaitAsync(Patience));
        Assert.True(results.MoveNext() && results.MoveNext() && results.MoveNext() && results.MoveNext());
        Assert.Equal("eeee", results.Current);
        Assert.False(results.MoveNext());
    }

    [Fact]
    public async Task TheReaderKeepsTwoItemsPerWorkerAheadOfBusyWorkers()
    {
        var source = new CountingSource(Enumerable.Range(0, 50).Select(i => $"n{i}"));
        var release = new ManualResetEventSlim();
        string Work(string item)
        {
            release.Wait(Patience);
            return item;
        }

        using var results = Map(source, Work, maxItems: 100, maxChars: 100_000).GetEnumerator();
        var first = Task.Run(results.MoveNext);
        // Two items being worked on, four waiting for a worker, and the reader holding the next one.
        Assert.True(SpinWait.SpinUntil(() => source.Yielded >= 7, Patience));
        await Task.Delay(200);
        Assert.Equal(7, source.Yielded);
        release.Set();
        Assert.True(await first.WaitAsync(Patience));
        var count = 1;
        while (results.MoveNext()) count++;
        Assert.Equal(50, count);
    }

    [Fact]
    public void AnItemLongerThanTheTextBoundIsLetInAlone()
    {
        Assert.Equal(["a", "bien plus long que la borne", "b"], Map(["a", "bien plus long que la borne", "b"], s => s, maxChars: 4).ToList());
    }

    [Fact]
    public void AnExceptionFromTheWorkReachesTheConsumerAfterEveryEarlierResult()
    {
        var taken = new List<string>();
        var error = Assert.Throws<FormatException>(() =>
        {
            foreach (var result in Map(["un", "deux", "trois", "quatre"], s => s == "trois" ? throw new FormatException("pas de trois") : s))
                taken.Add(result);
        });

        Assert.Equal("pas de trois", error.Message);
        Assert.Equal(["un", "deux"], taken);
    }

    [Fact]
    public void AnExceptionFromTheStreamReachesTheConsumerAfterTheResultsOfTheItemsReadBeforeIt()
    {
        static IEnumerable<string> Broken()
        {
            yield return "un";
            yield return "deux";
            throw new IOException("disque illisible");
        }

        var taken = new List<string>();
        var error = Assert.Throws<IOException>(() =>
        {
            foreach (var result in Map(Broken(), s => s)) taken.Add(result);
        });

        Assert.Equal("disque illisible", error.Message);
        Assert.Equal(["un", "deux"], taken);
    }

    [Fact]
    public void AConsumerThatStopsEarlyStopsTheReading()
    {
        var source = new CountingSource(Endless());

        foreach (var _ in Map(source, s => s, maxItems: 4).Take(3)) { }

        Assert.True(source.Disposed.Wait(Patience), "the reader went on reading after the consumer stopped");
    }

    [Fact]
    public async Task ItemsStillWorkedOnPastTheLimitGiveTheirStandInsInPlaceAndNewWorkersDoTheRest()
    {
        using var release = new ManualResetEventSlim();
        var slowThreads = new HashSet<int>();
        var rest = new List<(string Item, int Thread)>();
        string Work(string item)
        {
            if (!item.StartsWith("lent", StringComparison.Ordinal))
            {
                lock (rest) rest.Add((item, Environment.CurrentManagedThreadId));
                return item;
            }
            lock (slowThreads) slowThreads.Add(Environment.CurrentManagedThreadId);
            release.Wait(Patience);
            return item;
        }
        var items = new[] { "lent", "lent aussi" }.Concat(Enumerable.Range(0, 20).Select(i => $"n{i}")).ToList();

        // Both workers are held until every result is in: the rest can only have been done by workers that took their places.
        var results = await Task.Run(() => Limited(items, Work, TimeSpan.FromMilliseconds(50)).ToList()).WaitAsync(Patience);
        release.Set();

        Assert.Equal(items.Select(i => i.StartsWith("lent", StringComparison.Ordinal) ? $"trop long: {i}" : i), results);
        Assert.Equal(20, rest.Count);
        Assert.DoesNotContain(rest, r => slowThreads.Contains(r.Thread));
    }

    [Fact]
    public void WorkThatEndsPastTheLimitWhileTheConsumerIsAwayGivesItsStandInAllTheSame()
    {
        using var results = Limited(["un", "lent", "trois"], s => { if (s == "lent") Thread.Sleep(200); return s; }, TimeSpan.FromMilliseconds(20))
            .GetEnumerator();

        Assert.True(results.MoveNext());
        // The consumer looks away while the slow item ends on its worker, past the limit: it cannot have given up on it.
        Thread.Sleep(500);

        Assert.True(results.MoveNext());
        Assert.Equal("trop long: lent", results.Current);
        Assert.True(results.MoveNext());
        Assert.Equal("trois", results.Current);
    }

    [Fact]
    public void TheWorkersHaveTheStackTheLimitsAskFor()
    {
        // About 20 MB of frames: over the 8 MB of a default thread, well within 64 MB.
        Assert.Equal(["profond"], Limited(["profond"], s => Recurse(100_000) >= 0 ? s : "", Patience, stackBytes: 64 * 1024 * 1024).ToList());
    }

    private static IEnumerable<string> Limited(IEnumerable<string> source, Func<string, string> work, TimeSpan limit, int stackBytes = 0) =>
        OrderedParallelMap<string, string>.Of(source, work, workers: 2, maxItems: 8, maxChars: 1000, s => s.Length,
            new WorkLimits<string, string>(limit, s => $"trop long: {s}", stackBytes));

    private static int Recurse(int depth)
    {
        Span<byte> frame = stackalloc byte[128];
        frame[depth % frame.Length] = 1;
        return depth == 0 ? frame[0] : Recurse(depth - 1) + frame[depth % frame.Length];
    }

    private static IEnumerable<string> Endless()
    {
        for (var i = 0; ; i++) yield return $"n{i}";
    }

    /// <summary>A stream that counts the items taken from it and tells when the reader let go of it.</summary>
    private sealed class CountingSource(IEnumerable<string> items) : IEnumerable<string>
    {
        private int _yielded;

        public int Yielded => Volatile.Read(ref _yielded);

        public ManualResetEventSlim Disposed { get; } = new();

        public IEnumerator<string> GetEnumerator()
        {
            try
            {
                foreach (var item in items)
                {
                    Interlocked.Increment(ref _yielded);
                    yield return item;
                }
            }
            finally { Disposed.Set(); }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
