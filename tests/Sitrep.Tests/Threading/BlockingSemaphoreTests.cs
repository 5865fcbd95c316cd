using Sitrep.Threading;

namespace Sitrep.Tests.Threading;

public sealed class BlockingSemaphoreTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void PermitsGivenAtTheStartOrReleasedBeforeAWaitAreTakenWithoutWaiting()
    {
        var semaphore = new BlockingSemaphore(1);
        semaphore.Release();

        Assert.True(semaphore.Wait(TimeSpan.Zero));
        Assert.True(semaphore.Wait(TimeSpan.Zero));
        Assert.False(semaphore.Wait(TimeSpan.Zero));
    }

    [Fact]
    public void AWaitWithNoPermitEndsFalseAtItsTimeout()
    {
        var semaphore = new BlockingSemaphore();

        Assert.False(semaphore.Wait(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task AReleaseFromAnotherThreadWakesAWaiter()
    {
        var semaphore = new BlockingSemaphore();
        var waiting = Task.Run(() => semaphore.Wait(Patience));

        semaphore.Release();

        Assert.True(await waiting);
    }

    [Fact]
    public async Task ReleasingSeveralPermitsLetsAsManyWaitersThroughAndNoMore()
    {
        var semaphore = new BlockingSemaphore();
        var passed = 0;
        var waiters = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            semaphore.Wait();
            Interlocked.Increment(ref passed);
        })).ToArray();

        semaphore.Release(2);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref passed) == 2, Patience));
        Assert.False(semaphore.Wait(TimeSpan.Zero));
        semaphore.Release();

        await Task.WhenAll(waiters).WaitAsync(Patience);
        Assert.Equal(3, passed);
    }
}
