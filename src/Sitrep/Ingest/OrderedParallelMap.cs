using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Sitrep.Threading;

namespace Sitrep.Ingest;

/// <summary>
/// Maps a stream on several worker threads and gives the results back in input order, with a reader thread pulling
/// the stream ahead of them, so that reading, working and consuming overlap and no batch waits for its slowest item.
/// Items read but not yet taken by the consumer (waiting for a worker, being worked on, or done and waiting for an
/// earlier one) are bounded by count and by the text they carry: a slow item holds the others back rather than letting
/// them pile up, so memory stays flat however long the stream or its items. An item is always let in when none is in
/// flight, however long. The reader keeps only a few items ahead of the workers. An exception, from the stream or from
/// the work, reaches the consumer in its place in the order, after every result before it; a consumer that stops early,
/// by an exception of its own or not, stops the threads. Under <see cref="WorkLimits{TIn, TOut}"/>, work that takes longer
/// than the limit gives a stand-in result in its place: the consumer does not wait past the limit for it, and a new
/// worker takes the place of the one left behind on it (CPU-bound work cannot be stopped from outside).
/// </summary>
public sealed class OrderedParallelMap<TIn, TOut>
{
    /// <summary>
    /// Items read ahead of the workers, per worker: enough that a worker never waits for the reader, few enough that an
    /// item does not age in the queue. Items that wait long outlive the collector's young generations, and their garbage
    /// then stays in the old one: with the whole window read ahead, a 50 MB run peaked some 40 MB higher.
    /// </summary>
    private const int ReadAheadPerWorker = 2;

    private readonly Func<TIn, TOut> _work;
    private readonly int _workers;
    private readonly int _maxItems;
    private readonly long _maxChars;
    private readonly Func<TIn, long> _chars;
    private readonly WorkLimits<TIn, TOut>? _limits;

    // The state, guarded by _gate. Each role waits outside the lock on a signal of its own, given only when it waits
    // and can go on: waking every thread at every change costs more than the coordination is worth.
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, TIn Item, long Chars)> _waiting = new();
    /// <summary>Items a worker is on, by sequence, and when it started; one the consumer gave up on is no longer here.</summary>
    private readonly Dictionary<long, (TIn Item, long Chars, long Started)> _inWork = [];
    private readonly Dictionary<long, (TOut Result, ExceptionDispatchInfo? Error, long Chars)> _done = [];
    private long _read;
    private long _taken;
    private long _charsInFlight;
    private bool _sourceEnded;
    private ExceptionDispatchInfo? _sourceError;
    private bool _stopped;

    /// <summary>One permit per item queued for the workers, and one per worker once the stream ends or the consumer stops.</summary>
    private readonly BlockingSemaphore _queued = new();
    private readonly BlockingSemaphore _readerSignal = new();
    private readonly BlockingSemaphore _consumerSignal = new();
    private bool _readerWaits;
    private bool _consumerWaits;

    private OrderedParallelMap(Func<TIn, TOut> work, int workers, int maxItems, long maxChars, Func<TIn, long> chars, WorkLimits<TIn, TOut>? limits)
    {
        _work = work;
        _workers = workers;
        _maxItems = maxItems;
        _maxChars = maxChars;
        _chars = chars;
        _limits = limits;
    }

    /// <summary>
    /// The results of <paramref name="work"/> on every item of <paramref name="source"/>, in its order. The threads start
    /// when enumeration does, anew for each enumeration.
    /// </summary>
    /// <param name="maxItems">Most items read and not yet taken by the consumer.</param>
    /// <param name="maxChars">Most text those items may carry, unless a single item carries more.</param>
    /// <param name="chars">How much text an item carries, in characters.</param>
    /// <param name="limits">How long the work on one item may take, and the stack it needs; none by default.</param>
    public static IEnumerable<TOut> Of(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int maxItems, long maxChars, Func<TIn, long> chars,
        WorkLimits<TIn, TOut>? limits = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        return Results(source, work, workers, maxItems, maxChars, chars, limits);
    }

    private static IEnumerable<TOut> Results(IEnumerable<TIn> source, Func<TIn, TOut> work, int workers, int maxItems, long maxChars, Func<TIn, long> chars,
        WorkLimits<TIn, TOut>? limits)
    {
        var map = new OrderedParallelMap<TIn, TOut>(work, workers, maxItems, maxChars, chars, limits);
        try
        {
            Start(() => map.Read(source), "ordered map reader", 0);
            for (var i = 0; i < workers; i++) map.StartWorker();
            while (map.TryTake(out var result)) yield return result;
        }
        finally { map.Stop(); }
    }

    /// <summary>Background threads: a worker left in an endless item cannot keep the process alive once the consumer is gone.</summary>
    private static void Start(ThreadStart body, string name, int stackBytes) =>
        new Thread(body, stackBytes) { IsBackground = true, Name = name }.Start();

    private void StartWorker() => Start(Work, "ordered map worker", _limits?.StackBytes ?? 0);

    private void Read(IEnumerable<TIn> source)
    {
        try
        {
            foreach (var item in source)
                if (!TryQueue(item)) return;
        }
        catch (Exception e)
        {
            lock (_gate) _sourceError = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            lock (_gate)
            {
                _sourceEnded = true;
                WakeConsumer();
            }
            _queued.Release(_workers);
        }
    }

    /// <summary>Queues an item for the workers once there is room for it; false if the consumer stopped.</summary>
    private bool TryQueue(TIn item)
    {
        var size = _chars(item);
        while (true)
        {
            lock (_gate)
            {
                if (_stopped) return false;
                if (HasRoomFor(size))
                {
                    _waiting.Enqueue((_read++, item, size));
                    _charsInFlight += size;
                    _queued.Release();
                    return true;
                }
                _readerWaits = true;
            }
            _readerSignal.Wait();
        }
    }

    /// <summary>
    /// Room within the bounds, and no more than <see cref="ReadAheadPerWorker"/> items per worker already waiting for one.
    /// </summary>
    private bool HasRoomFor(long size) =>
        _read == _taken || (_waiting.Count < ReadAheadPerWorker * _workers && _read - _taken < _maxItems && _charsInFlight + size <= _maxChars);

    private void Work()
    {
        while (TryNextQueued(out var queued))
        {
            var started = Stopwatch.GetTimestamp();
            var result = default(TOut)!;
            ExceptionDispatchInfo? error = null;
            try { result = _work(queued.Item); }
            catch (Exception e) { error = ExceptionDispatchInfo.Capture(e); }
            // Over the limit is over, however it ended: whether the consumer gave up on it first is a race, not a rule.
            if (_limits is { } limits && Stopwatch.GetElapsedTime(started) > limits.Time) (result, error) = (limits.OverTime(queued.Item), null);
            lock (_gate)
            {
                // The consumer gave up on it and a new worker took this one's place.
                if (!_inWork.Remove(queued.Sequence)) return;
                _done.Add(queued.Sequence, (result, error, queued.Chars));
                if (queued.Sequence == _taken) WakeConsumer();
            }
        }
    }

    /// <summary>The next item queued, waiting for it; false once the stream is done or the consumer stopped.</summary>
    private bool TryNextQueued(out (long Sequence, TIn Item, long Chars) queued)
    {
        _queued.Wait();
        lock (_gate)
        {
            if (!_stopped && _waiting.TryDequeue(out queued))
            {
                _inWork.Add(queued.Sequence, (queued.Item, queued.Chars, Stopwatch.GetTimestamp()));
                WakeReader();
                return true;
            }
            queued = default;
            return false;
        }
    }

    /// <summary>The next result in input order, waiting for it; false once every item is taken.</summary>
    private bool TryTake(out TOut result)
    {
        (TOut Result, ExceptionDispatchInfo? Error, long Chars) done;
        while (true)
        {
            TimeSpan patience;
            lock (_gate)
            {
                if (_done.Remove(_taken, out done) || TryGiveUp(out done))
                {
                    _taken++;
                    _charsInFlight -= done.Chars;
                    WakeReader();
                    break;
                }
                if (_sourceEnded && _taken == _read)
                {
                    _sourceError?.Throw();
                    result = default!;
                    return false;
                }
                patience = TimeLeft();
                _consumerWaits = true;
            }
            _consumerSignal.Wait(patience);
        }
        done.Error?.Throw();
        result = done.Result;
        return true;
    }

    /// <summary>
    /// The stand-in for the next item in order if its work has run past the limit, and a new worker in place of the one
    /// left on it. Called under the gate.
    /// </summary>
    private bool TryGiveUp(out (TOut Result, ExceptionDispatchInfo? Error, long Chars) done)
    {
        if (_limits is not { } limits || !_inWork.TryGetValue(_taken, out var working) || Stopwatch.GetElapsedTime(working.Started) <= limits.Time)
        {
            done = default;
            return false;
        }
        _inWork.Remove(_taken);
        StartWorker();
        done = (limits.OverTime(working.Item), null, working.Chars);
        return true;
    }

    /// <summary>
    /// How long the consumer may wait for the next item in order: until its work passes the limit, rounded up to the
    /// millisecond that waits count in, or as long as it takes. Called under the gate.
    /// </summary>
    private TimeSpan TimeLeft() =>
        _limits is { } limits && _inWork.TryGetValue(_taken, out var working)
            ? TimeSpan.FromMilliseconds(Math.Max(0, Math.Ceiling((limits.Time - Stopwatch.GetElapsedTime(working.Started)).TotalMilliseconds)))
            : Timeout.InfiniteTimeSpan;

    private void WakeConsumer()
    {
        if (!_consumerWaits) return;
        _consumerWaits = false;
        _consumerSignal.Release();
    }

    private void WakeReader()
    {
        if (!_readerWaits) return;
        _readerWaits = false;
        _readerSignal.Release();
    }

    private void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            WakeReader();
        }
        _queued.Release(_workers);
    }
}
