using Sitrep.Model;

namespace Sitrep.Storage;

public enum EnqueueOutcome { Queued, Unchanged }

/// <summary>
/// Documents waiting to be coded, shared by any number of workers. A claim is a lease: a worker that stops
/// without finishing leaves its documents to be claimed again once the lease runs out, and a document
/// claimed too many times is marked failed instead of being retried forever.
/// </summary>
public interface IWorkQueue
{
    /// <summary>
    /// Stores a document to be coded; unchanged when it is already queued with the same content, or stored from the same
    /// content by the coder that would code it now (<see cref="Pipeline.CoderVersion"/>).
    /// </summary>
    EnqueueOutcome Enqueue(Document document, string coderVersion);

    /// <summary>Takes up to <paramref name="count"/> waiting documents (or ones whose lease ran out) for this worker.</summary>
    IReadOnlyList<Document> Claim(int count);

    /// <summary>Stores the coded document and takes it off the queue in one transaction; false when the lease was lost to another worker.</summary>
    bool Complete(CodedDocument coded, string coderVersion);

    /// <summary>Marks a claimed document failed with its reason, never to be claimed again; false when the lease was lost.</summary>
    bool Fail(string docId, string reason);

    /// <summary>Gives claimed documents back to the queue unstarted, for a worker that stops before their turn.</summary>
    int Release(IReadOnlyList<string> docIds);

    /// <summary>Whether any document is still waiting or being coded (by any worker).</summary>
    bool HasUnfinishedWork();
}
