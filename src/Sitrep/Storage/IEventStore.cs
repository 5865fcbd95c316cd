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
}
