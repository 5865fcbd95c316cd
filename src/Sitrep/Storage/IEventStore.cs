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

    IReadOnlyList<Event> Events();

    IReadOnlyList<Claim> Claims();

    IReadOnlyList<Label> Labels();

    IReadOnlyList<Mention> Mentions(string docId);

    /// <summary>Every document's id, outlet and publication day, without its text, in id order.</summary>
    IReadOnlyList<DocumentHeader> DocumentHeaders();

    /// <summary>
    /// The events as <see cref="Events"/> reads them, with only the fields the ledger uses
    /// (<see cref="StoredRecords.LedgerEventReader"/>): a fraction of the memory.
    /// </summary>
    IReadOnlyList<Event> LedgerEvents();

    /// <summary>The claims as <see cref="Claims"/> reads them, without the coder's reasons (<see cref="Claim.Why"/> empty).</summary>
    IReadOnlyList<Claim> LedgerClaims();

    /// <summary>A document's mentions of these kinds only, in the coder's order.</summary>
    IReadOnlyList<Mention> Mentions(string docId, IReadOnlySet<MentionKind> kinds);
}
