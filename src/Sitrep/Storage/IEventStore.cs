using Sitrep.Model;

namespace Sitrep.Storage;

public enum SaveOutcome { Added, Replaced, Unchanged }

/// <summary>
/// Where coded documents live. One call to <see cref="Save"/> is one transaction: a document's
/// events, claims, labels and mentions are replaced whole or not at all.
/// </summary>
public interface IEventStore : IDisposable
{
    SaveOutcome Save(CodedDocument coded, string coderVersion);

    IReadOnlyList<Document> Documents();

    Document? Document(string id);

    /// <summary>
    /// The events, all of them or one document's, in document id order (bytewise) and within a document in the coder's
    /// order: read from the store as they are enumerated, so that a listing or an export holds one at a time.
    /// </summary>
    /// <remarks>
    /// Each enumeration runs its query anew. An enumeration may stay open while other queries run on the store (on
    /// PostgreSQL it has a connection of its own, so it sees what is committed); dispose of it (<c>foreach</c> does)
    /// before the store.
    /// </remarks>
    /// <exception cref="StoreException">Reading failed (thrown by the enumeration).</exception>
    IEnumerable<Event> ReadEvents(string? docId = null);

    /// <summary>The claims, read as <see cref="ReadEvents"/> reads events.</summary>
    IEnumerable<Claim> ReadClaims(string? docId = null);

    /// <summary>The labels, read as <see cref="ReadEvents"/> reads events.</summary>
    IEnumerable<Label> ReadLabels(string? docId = null);

    /// <summary>Every document's id, outlet and publication day, without its text, in id order.</summary>
    IReadOnlyList<DocumentHeader> DocumentHeaders();

    /// <summary>
    /// The events as <see cref="ReadEvents"/> reads them, as they are enumerated, with only the fields the ledger uses
    /// (<see cref="StoredRecords.LedgerEventReader"/>): a fraction of the memory.
    /// </summary>
    IEnumerable<Event> LedgerEvents();

    /// <summary>The claims as <see cref="ReadClaims"/> reads them, as they are enumerated, without the coder's reasons (<see cref="Claim.Why"/> empty).</summary>
    IEnumerable<Claim> LedgerClaims();

    /// <summary>A document's mentions, in the coder's order: all of them, or of these kinds only.</summary>
    IReadOnlyList<Mention> Mentions(string docId, IReadOnlySet<MentionKind>? kinds = null);
}
