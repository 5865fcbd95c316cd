namespace Sitrep.Tests.Support;

/// <summary>Runs work on a thread of its own, for what is kept per thread (the words TextNormalizer remembers).</summary>
public static class FreshThread
{
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
