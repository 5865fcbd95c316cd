using System.Runtime.ExceptionServices;
using Sitrep.Model;
using Sitrep.Threading;

namespace Sitrep.Cli.Commands;

/// <summary>
/// A thread with a large stack (deeply nested input cannot overflow it) that codes one document at a time for the
/// thread that hands them over, and waits for each no longer than a limit. A thread left behind by a document over the
/// limit ends once that document is done; CPU-bound work cannot be stopped from outside.
/// </summary>
public sealed class CodingThread
{
    private const int StackBytes = 64 * 1024 * 1024;

    private readonly BlockingSemaphore _start = new();
    private readonly BlockingSemaphore _done = new();
    private Func<CodedDocument>? _work;
    private CodedDocument? _result;
    private ExceptionDispatchInfo? _error;
    private volatile bool _abandoned;

    public CodingThread() => new Thread(Loop, StackBytes) { IsBackground = true, Name = "sitrep coding" }.Start();

    /// <summary>
    /// Codes with <paramref name="work"/> on this thread and returns true with its result, or rethrows its exception;
    /// false if it took longer than <paramref name="limit"/>, and this thread then takes no more work.
    /// </summary>
    public bool TryRun(Func<CodedDocument> work, TimeSpan limit, out CodedDocument coded)
    {
        ObjectDisposedException.ThrowIf(_abandoned, this);
        _work = work;
        _start.Release();
        if (!_done.Wait(limit))
        {
            _abandoned = true;
            _start.Release();
            coded = null!;
            return false;
        }
        _error?.Throw();
        coded = _result!;
        _result = null;
        return true;
    }

    private void Loop()
    {
        while (true)
        {
            _start.Wait();
            if (_abandoned) return;
            try
            {
                (_result, _error) = (_work!(), null);
            }
            catch (Exception e)
            {
                (_result, _error) = (null, ExceptionDispatchInfo.Capture(e));
            }
            _work = null;
            if (_abandoned) return;
            _done.Release();
        }
    }
}
