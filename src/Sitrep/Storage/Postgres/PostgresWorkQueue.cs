using System.Globalization;
using Npgsql;
using Sitrep.Model;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The work queue on PostgreSQL. <see cref="Claim"/> picks waiting rows with <c>FOR UPDATE SKIP LOCKED</c> (so
/// workers never wait for each other) and leases them to this worker until <c>now() + lease</c>, in one short
/// transaction. Each document is then stored and taken off the queue in its own transaction, only if this worker
/// still holds its lease; once a third of the lease has passed since it was last set, that transaction renews it on the
/// rest of the batch. A worker killed mid-batch commits nothing more; its leased documents are claimed again
/// when the lease runs out, and one claimed <see cref="MaxAttempts"/> times without finishing is marked failed.
/// One instance holds one connection and is not thread-safe.
/// </summary>
public sealed class PostgresWorkQueue : IWorkQueue, IDisposable
{
    public const int MaxAttempts = 3;

    private readonly NpgsqlConnection _connection;
    private readonly TimeSpan _lease;
    private readonly Guid _worker = Guid.NewGuid();
    private readonly TimeProvider _clock = TimeProvider.System;
    private long _leaseSetAt;

    private PostgresWorkQueue(NpgsqlConnection connection, TimeSpan lease)
    {
        _connection = connection;
        _lease = lease;
    }

    /// <param name="lease">How long a claim lasts after the worker last set it: half as long again as coding one document takes, short enough to recover quickly from a dead worker.</param>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    /// <remarks>The session's commits do not wait for the disk (<see cref="WaitForDisk"/> says why that is safe).</remarks>
    public static PostgresWorkQueue Open(string url, TimeSpan lease) => new(PostgresDatabase.Connect(url, "synchronous_commit=off"), lease);

    /// <summary>
    /// Waits until every document enqueued so far is on the server's disk. The queue's commits do not wait for the disk
    /// (a server crash loses only whole recent transactions): a lost claim, completion or failure leaves its document
    /// queued, to be coded again, but a lost enqueue loses a document its sender believes queued, so a sender calls this
    /// before it reports them. A commit that waits flushes every commit before it.
    /// </summary>
    /// <exception cref="StoreException">The server is gone: what was enqueued since the last wait may be lost.</exception>
    public void WaitForDisk()
    {
        try
        {
            using var transaction = _connection.BeginTransaction();
            PostgresDatabase.Execute(_connection, "SET LOCAL synchronous_commit = on");
            // Only a transaction with an id writes a commit record for the server to flush.
            PostgresDatabase.Execute(_connection, "SELECT txid_current()");
            transaction.Commit();
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"Could not make sure the queued documents are stored: {StoreException.OneLine(e.Message)}", e);
        }
    }

    /// <exception cref="StoreException">The server refuses the document's values (e.g. a NUL character in its text).</exception>
    public EnqueueOutcome Enqueue(Document d, string coderVersion)
    {
        var hash = Fingerprint.Of(d);
        var changed = RefusedValuesAreStoreErrors(d.Id, () => PostgresDatabase.Execute(_connection,
            """
            INSERT INTO queue (doc_id, outlet, published, language, title, text, origin, content_hash, status)
            SELECT $1, $2, $3, $4, $5, $6, $7, $8, 'pending'
            WHERE NOT EXISTS (SELECT 1 FROM documents WHERE id = $1 AND content_hash = $8 AND resource_version = $9)
            ON CONFLICT (doc_id) DO UPDATE SET outlet = excluded.outlet, published = excluded.published,
                language = excluded.language, title = excluded.title, text = excluded.text, origin = excluded.origin,
                content_hash = excluded.content_hash, status = 'pending', attempts = 0, reason = NULL,
                claimed_by = NULL, lease_until = NULL
            WHERE queue.content_hash <> excluded.content_hash
            """,
            d.Id, d.Outlet, d.Published?.ToString(), d.Language, d.Title, d.Text, d.Origin, hash, coderVersion));
        return changed > 0 ? EnqueueOutcome.Queued : EnqueueOutcome.Unchanged;
    }

    public IReadOnlyList<Document> Claim(int count)
    {
        using var transaction = _connection.BeginTransaction();
        PostgresDatabase.Execute(_connection,
            """
            UPDATE queue SET status = 'failed', claimed_by = NULL,
                reason = 'abandoned ' || attempts || ' times by workers that stopped while coding it'
            WHERE doc_id IN (SELECT doc_id FROM queue WHERE status = 'coding' AND lease_until < now() AND attempts >= $1
                             FOR UPDATE SKIP LOCKED)
            """, MaxAttempts);
        var claimed = PostgresDatabase.Query(_connection,
            """
            WITH picked AS (
                SELECT doc_id FROM queue
                WHERE status = 'pending' OR (status = 'coding' AND lease_until < now())
                ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
            UPDATE queue q SET status = 'coding', attempts = q.attempts + 1, claimed_by = $2,
                lease_until = now() + make_interval(secs => $3)
            FROM picked WHERE q.doc_id = picked.doc_id
            RETURNING q.doc_id, q.outlet, q.published, q.language, q.title, q.text, q.origin, q.seq
            """,
            r => (Document: StoredRecords.Document(r), Seq: r.GetInt64(7)),
            count, _worker, _lease.TotalSeconds);
        transaction.Commit();
        _leaseSetAt = _clock.GetTimestamp();
        return claimed.OrderBy(c => c.Seq).Select(c => c.Document).ToList();
    }

    /// <exception cref="StoreException">The server refuses the coded rows' values; nothing of them is stored.</exception>
    public bool Complete(CodedDocument coded, string coderVersion) => RefusedValuesAreStoreErrors(coded.Document.Id, () =>
    {
        using var rows = DocumentRows.Of(coded, coderVersion);
        return Finish(Claimed("DELETE FROM queue", coded.Document.Id),
            commands => PostgresDocumentWriter.Write(_connection, rows, Now(), commands));
    });

    public bool Fail(string docId, string reason) =>
        Finish(Claimed("UPDATE queue SET status = 'failed', reason = $3, claimed_by = NULL, lease_until = NULL", docId, reason),
            commands =>
            {
                using var batch = new NpgsqlBatch(_connection);
                foreach (var command in commands) batch.BatchCommands.Add(command);
                batch.ExecuteNonQuery();
            });

    public int Release(IReadOnlyList<string> docIds) =>
        PostgresDatabase.Execute(_connection,
            """
            UPDATE queue SET status = 'pending', attempts = attempts - 1, claimed_by = NULL, lease_until = NULL
            WHERE doc_id = ANY($1) AND status = 'coding' AND claimed_by = $2
            """, docIds.ToArray(), _worker);

    public bool HasUnfinishedWork() =>
        PostgresDatabase.Query(_connection, "SELECT EXISTS (SELECT 1 FROM queue WHERE status <> 'failed')", r => r.GetBoolean(0)).Single();

    public void Dispose() => _connection.Dispose();

    /// <summary>
    /// One transaction that takes a document off this worker's hands (<paramref name="finished"/>, which touches its
    /// queue row only while this worker's claim on it stands) and writes what <paramref name="write"/> sends with it
    /// (it is given the finishing statement, and the lease's renewal when due, to send in its batch). When the claim
    /// was lost (the lease ran out and another worker took the document), the finishing statement touches no row and
    /// everything is rolled back: asking first would cost a round trip a document, and a lost claim is rare.
    /// </summary>
    private bool Finish(NpgsqlBatchCommand finished, Action<NpgsqlBatchCommand[]> write)
    {
        using var transaction = _connection.BeginTransaction();
        var renewing = LeaseRenewalDue(out var sentAt);
        write(renewing ? [finished, RenewLease()] : [finished]);
        if (finished.RecordsAffected == 0)
        {
            transaction.Rollback();
            return false;
        }
        transaction.Commit();
        if (renewing) _leaseSetAt = sentAt;
        return true;
    }

    /// <summary><paramref name="statement"/> on the document's queue row, if this worker's claim on it still stands.</summary>
    private NpgsqlBatchCommand Claimed(string statement, string docId, params object[] more)
    {
        var command = new NpgsqlBatchCommand($"{statement} WHERE doc_id = $1 AND status = 'coding' AND claimed_by = $2")
        {
            Parameters = { new() { Value = docId }, new() { Value = _worker } },
        };
        foreach (var value in more) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    /// <summary>
    /// A commit extends the lease on the rest of this worker's batch once a third of it has passed, so the lease need
    /// only outlast coding one document by half, and a dead worker's documents come back that soon. Not at every
    /// commit: the update rewrites every row left in the batch, and was the server's costliest statement
    /// (bench/WORKERS.md).
    /// </summary>
    /// <param name="sentAt">Now: the lease counts from here once the transaction that renews it commits.</param>
    private bool LeaseRenewalDue(out long sentAt)
    {
        sentAt = _clock.GetTimestamp();
        return _clock.GetElapsedTime(_leaseSetAt, sentAt) >= _lease / 3;
    }

    private NpgsqlBatchCommand RenewLease() =>
        new("UPDATE queue SET lease_until = now() + make_interval(secs => $2) WHERE claimed_by = $1 AND status = 'coding'")
        {
            Parameters = { new() { Value = _worker }, new() { Value = _lease.TotalSeconds } },
        };

    /// <summary>A document the server will not hold (SQLSTATE class 22, data exception) fails alone; other errors stop the worker.</summary>
    private static T RefusedValuesAreStoreErrors<T>(string docId, Func<T> write)
    {
        try { return write(); }
        catch (PostgresException e) when (e.SqlState.StartsWith("22", StringComparison.Ordinal))
        {
            throw new StoreException($"Could not save document {docId}: {e.MessageText}", e);
        }
    }

    private string Now() => _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
