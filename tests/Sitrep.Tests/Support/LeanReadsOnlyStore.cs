using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Tests.Support;

/// <summary>
/// A store that refuses the reads that load every event whole, every document with its text, or every claim with its
/// reasons, and every mention of a document: a reader that must not need them shows it by working over this.
/// </summary>
public sealed class LeanReadsOnlyStore(IDocumentStore inner) : IDocumentStore
{
    public IReadOnlyList<Document> Documents() => throw Refused(nameof(Documents));

    public IEnumerable<Event> ReadEvents(string? docId = null) => throw Refused(nameof(ReadEvents));

    public IEnumerable<Claim> ReadClaims(string? docId = null) => throw Refused(nameof(ReadClaims));

    public IEnumerable<Label> ReadLabels(string? docId = null) => inner.ReadLabels(docId);

    public IReadOnlyList<DocumentHeader> DocumentHeaders() => inner.DocumentHeaders();

    public IEnumerable<Event> LedgerEvents() => inner.LedgerEvents();

    public IEnumerable<Claim> LedgerClaims() => inner.LedgerClaims();

    public IReadOnlyList<Mention> Mentions(string docId, IReadOnlySet<MentionKind>? kinds = null) =>
        kinds is null ? throw Refused(nameof(Mentions)) : inner.Mentions(docId, kinds);

    public Document? Document(string id) => inner.Document(id);

    public SaveOutcome Save(CodedDocument coded, string coderVersion) => inner.Save(coded, coderVersion);

    public void RecordFailure(string origin, string reason) => inner.RecordFailure(origin, reason);

    public IReadOnlyList<(string Origin, string Reason)> Failures() => inner.Failures();

    public bool IsCurrent(Document document, string coderVersion) => inner.IsCurrent(document, coderVersion);

    public IDocumentStore OpenReader() => new LeanReadsOnlyStore(inner.OpenReader());

    public void Dispose() => inner.Dispose();

    private static InvalidOperationException Refused(string read) => new($"The reader called {read}().");
}
