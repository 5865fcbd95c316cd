using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Postgres;

public sealed class PostgresWorkQueueTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Instant = TimeSpan.FromMilliseconds(1);

    private PostgresTestDatabase? _database;

    private PostgresTestDatabase Database => _database ??= new PostgresTestDatabase();

    [PostgresFact]
    public void TwoWorkersNeverClaimTheSameDocument()
    {
        using var a = PostgresWorkQueue.Open(Database.Url, Long);
        using var b = PostgresWorkQueue.Open(Database.Url, Long);
        for (var i = 0; i < 5; i++) a.Enqueue(Doc($"d{i}"), Coder);

        var first = a.Claim(3).Select(d => d.Id).ToList();
        var second = b.Claim(3).Select(d => d.Id).ToList();

        Assert.Equal(["d0", "d1", "d2"], first);
        Assert.Equal(["d3", "d4"], second);
        Assert.Empty(a.Claim(3));
    }

    [PostgresFact]
    public void EnqueueingTheSameDocumentAgainChangesNothingAndAChangedOneIsQueuedAgain()
    {
        using var queue = PostgresWorkQueue.Open(Database.Url, Long);
        Assert.Equal(EnqueueOutcome.Queued, queue.Enqueue(Doc("d"), Coder));
        Assert.Equal(EnqueueOutcome.Unchanged, queue.Enqueue(Doc("d"), Coder));
        Complete(queue, queue.Claim(1).Single());
        Assert.Equal(EnqueueOutcome.Unchanged, queue.Enqueue(Doc("d"), Coder));
        Assert.Equal(EnqueueOutcome.Queued, queue.Enqueue(Doc("d") with { Text = "Des combats ont éclaté à Hama mardi." }, Coder));
    }

    [PostgresFact]
    public void ADocumentStoredByAnotherCoderIsQueuedAgain()
    {
        using var queue = PostgresWorkQueue.Open(Database.Url, Long);
        queue.Enqueue(Doc("d"), Coder);
        Complete(queue, queue.Claim(1).Single());
        Assert.Equal(EnqueueOutcome.Unchanged, queue.Enqueue(Doc("d"), Coder));
        Assert.Equal(EnqueueOutcome.Queued, queue.Enqueue(Doc("d"), "resources.of-another-build"));
    }

    [PostgresFact]
    public void ACompletedDocumentIsStoredAndLeavesTheQueue()
    {
        using var queue = PostgresWorkQueue.Open(Database.Url, Long);
        queue.Enqueue(Doc("d"), Coder);
        Assert.True(Complete(queue, queue.Claim(1).Single()));

        using var store = PostgresEventStore.Open(Database.Url);
        Assert.Equal("d", store.Documents().Single().Id);
        Assert.NotEmpty(store.ReadEvents().ToList());
        Assert.False(queue.HasUnfinishedWork());
    }

    [PostgresFact]
    public void AFailedDocumentKeepsItsReasonAndIsNotClaimedAgain()
    {
        using var queue = PostgresWorkQueue.Open(Database.Url, Long);
        queue.Enqueue(Doc("d"), Coder);
        Assert.True(queue.Fail(queue.Claim(1).Single().Id, "coding failed: boom"));

        Assert.Empty(queue.Claim(1));
        Assert.False(queue.HasUnfinishedWork());
        using var store = PostgresEventStore.Open(Database.Url);
        Assert.Equal([("d.txt", "coding failed: boom")], store.Failures());
    }

    [PostgresFact]
    public void AnExpiredLeaseIsClaimedByAnotherWorkerAndTheFirstCannotCommit()
    {
        var (slow, other, document) = TakenOver();
        using (slow)
        using (other)
        {
            Assert.False(Complete(slow, document));
            Assert.True(Complete(other, document));
        }
    }

    [PostgresFact]
    public void AWorkerWhoseLeaseWasTakenCannotMarkTheDocumentFailed()
    {
        var (slow, other, document) = TakenOver();
        using (slow)
        using (other)
        {
            Assert.False(slow.Fail(document.Id, "coding failed: too slow"));
            Assert.True(Complete(other, document));
        }
        using var store = PostgresEventStore.Open(Database.Url);
        Assert.Empty(store.Failures());
    }

    [PostgresFact]
    public void ADocumentAbandonedTooOftenIsMarkedFailedInsteadOfRetriedForever()
    {
        using var crashing = PostgresWorkQueue.Open(Database.Url, Instant);
        crashing.Enqueue(Doc("d"), Coder);
        for (var i = 0; i < PostgresWorkQueue.MaxAttempts; i++)
        {
            Assert.Single(crashing.Claim(1));
            Thread.Sleep(50);
        }

        Assert.Empty(crashing.Claim(1));
        using var store = PostgresEventStore.Open(Database.Url);
        Assert.Contains("abandoned 3 times", store.Failures().Single().Reason);
    }

    [PostgresFact]
    public void ACommitRenewsTheLeaseOnTheRestOfTheBatchOnceAThirdOfItHasPassed()
    {
        using var queue = PostgresWorkQueue.Open(Database.Url, TimeSpan.FromMilliseconds(600));
        queue.Enqueue(Doc("d0"), Coder);
        queue.Enqueue(Doc("d1"), Coder);
        var batch = queue.Claim(2);
        var claimed = LeaseOf("d1");
        Thread.Sleep(250);

        Assert.True(Complete(queue, batch[0]));
        Assert.True(LeaseOf("d1") > claimed);
    }

    [PostgresFact]
    public void ACommitSoonAfterTheClaimLeavesTheLeaseAsItIs()
    {
        using var queue = PostgresWorkQueue.Open(Database.Url, Long);
        queue.Enqueue(Doc("d0"), Coder);
        queue.Enqueue(Doc("d1"), Coder);
        var batch = queue.Claim(2);
        var claimed = LeaseOf("d1");

        Assert.True(Complete(queue, batch[0]));
        Assert.Equal(claimed, LeaseOf("d1"));
    }

    [PostgresFact]
    public void ReleasedDocumentsAreClaimableAtOnce()
    {
        using var stopping = PostgresWorkQueue.Open(Database.Url, Long);
        using var other = PostgresWorkQueue.Open(Database.Url, Long);
        stopping.Enqueue(Doc("d"), Coder);
        Assert.Equal(1, stopping.Release([stopping.Claim(1).Single().Id]));
        Assert.Equal("d", other.Claim(1).Single().Id);
    }

    [PostgresFact]
    public void ASenderWhoseSessionIsGoneIsToldItsQueuedDocumentsMayBeLost()
    {
        using var queue = PostgresWorkQueue.Open(Database.Url, Long);
        queue.Enqueue(Doc("d"), Coder);
        queue.WaitForDisk();
        Database.Scalar("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

        var error = Assert.Throws<StoreException>(queue.WaitForDisk);
        Assert.StartsWith("Could not make sure the queued documents are stored: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    public void Dispose() => _database?.Dispose();

    /// <summary>A document claimed by a worker whose lease then ran out, and claimed again by another.</summary>
    private (PostgresWorkQueue Slow, PostgresWorkQueue Other, Document Document) TakenOver()
    {
        var slow = PostgresWorkQueue.Open(Database.Url, Instant);
        var other = PostgresWorkQueue.Open(Database.Url, Long);
        slow.Enqueue(Doc("d"), Coder);
        var document = slow.Claim(1).Single();
        Thread.Sleep(50);
        Assert.Equal("d", other.Claim(1).Single().Id);
        return (slow, other, document);
    }

    /// <summary>The lease's end, in microseconds since 1970 (the server's clock).</summary>
    private long LeaseOf(string docId) =>
        Database.Scalar($"SELECT (extract(epoch FROM lease_until) * 1000000)::bigint FROM queue WHERE doc_id = '{docId}'");

    private static string Coder => TestPipeline.French.CoderVersion;

    private static bool Complete(PostgresWorkQueue queue, Document document)
    {
        var pipeline = TestPipeline.French;
        return queue.Complete(pipeline.Run(document), pipeline.CoderVersion);
    }

    private static Document Doc(string id) =>
        TestPipeline.Doc("L'aviation russe a bombardé Alep lundi, selon l'Observatoire syrien des droits de l'homme.", "2016-03-07", "Test", id)
            with { Origin = id + ".txt" };
}
