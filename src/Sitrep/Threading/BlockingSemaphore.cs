namespace Sitrep.Threading;

/// <summary>
/// A counting semaphore whose waits block at once. <see cref="SemaphoreSlim"/> first spins, then yields its core
/// (sched_yield, Sleep(0)) some thirty times before it blocks: a run's hand-offs wait for a document to be read, coded
/// or stored, far longer than that, so each wait paid the whole spin, and on two cores shared by five busy threads the
/// spinning took time the coders needed (bench/RESULTS.md, nineteenth round).
/// </summary>
public sealed class BlockingSemaphore(int initialCount = 0)
{
    private readonly object _gate = new();
    private int _count = initialCount;

    /// <summary>Adds <paramref name="count"/> permits and wakes as many waiters.</summary>
    public void Release(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            _count += count;
            if (count == 1) Monitor.Pulse(_gate);
            else Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Takes a permit, waiting as long as it takes.</summary>
    public void Wait() => Wait(Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Takes a permit, waiting no longer than <paramref name="timeout"/>, in whole milliseconds as SemaphoreSlim counts
    /// it (under one, it does not wait); false if none came in time.
    /// </summary>
    public bool Wait(TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_gate)
        {
            while (_count == 0)
            {
                if (timeout == Timeout.InfiniteTimeSpan) Monitor.Wait(_gate);
                else if (deadline - Environment.TickCount64 is var left and > 0) Monitor.Wait(_gate, (int)Math.Min(left, int.MaxValue));
                else return false;
            }
            _count--;
            return true;
        }
    }
}
