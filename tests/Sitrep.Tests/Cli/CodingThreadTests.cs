using Sitrep.Cli.Commands;
using Sitrep.Model;

namespace Sitrep.Tests.Cli;

public sealed class CodingThreadTests
{
    private static readonly TimeSpan Ample = TimeSpan.FromSeconds(30);

    [Fact]
    public void DocumentAfterDocumentIsCodedOnTheSameThreadOfItsOwn()
    {
        var thread = new CodingThread();
        var caller = Environment.CurrentManagedThreadId;
        var seen = new List<int>();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(thread.TryRun(() => { seen.Add(Environment.CurrentManagedThreadId); return Coded($"d{i}"); }, Ample, out var coded));
            Assert.Equal($"d{i}", coded.Document.Id);
        }

        Assert.Single(seen.Distinct());
        Assert.NotEqual(caller, seen[0]);
    }

    [Fact]
    public void TheWorksExceptionReachesTheCallerAndTheThreadCodesTheNextDocument()
    {
        var thread = new CodingThread();

        var error = Assert.Throws<InvalidOperationException>(() => thread.TryRun(() => throw new InvalidOperationException("bad input"), Ample, out _));

        Assert.Equal("bad input", error.Message);
        Assert.True(thread.TryRun(() => Coded("next"), Ample, out var coded));
        Assert.Equal("next", coded.Document.Id);
    }

    [Fact]
    public void WorkOverTheLimitIsLeftBehindAndTheThreadTakesNoMore()
    {
        var thread = new CodingThread();
        using var release = new ManualResetEventSlim();

        Assert.False(thread.TryRun(() => { release.Wait(); return Coded("slow"); }, TimeSpan.FromMilliseconds(50), out _));
        release.Set();

        Assert.Throws<ObjectDisposedException>(() => thread.TryRun(() => Coded("after"), Ample, out _));
    }

    [Fact]
    public void ADeeplyRecursiveDocumentHasTheLargeStack()
    {
        var thread = new CodingThread();

        // About 20 MB of frames: over the 8 MB of a default thread, well within the coding thread's 64 MB.
        Assert.True(thread.TryRun(() => { Recurse(100_000); return Coded("deep"); }, Ample, out _));
    }

    private static int Recurse(int depth)
    {
        Span<byte> frame = stackalloc byte[128];
        frame[depth % frame.Length] = 1;
        return depth == 0 ? frame[0] : Recurse(depth - 1) + frame[depth % frame.Length];
    }

    private static CodedDocument Coded(string id) => new(new Document(id, null, null, "fr", null, "", "test"), [], [], [], []);
}
