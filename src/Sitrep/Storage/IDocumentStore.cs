using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>What the command line needs of any store, SQLite or PostgreSQL: the event store plus the failures it keeps.</summary>
public interface IDocumentStore : IEventStore
{
    /// <summary>Keeps the reason an input could not be ingested or coded, so a batch can go on and report it later.</summary>
    void RecordFailure(string origin, string reason);

    /// <summary>Inputs and documents that could not be ingested or coded, with their reasons, oldest first.</summary>
    IReadOnlyList<(string Origin, string Reason)> Failures();

    /// <summary>
    /// Whether the store holds this document from the same content (its text and metadata), coded by this coder
    /// (<see cref="Pipeline.CoderVersion"/>): coding and saving it again would change nothing.
    /// </summary>
    bool IsCurrent(Document document, string coderVersion);

    /// <summary>
    /// The same store on a connection of its own, for reading only: another thread may ask it <see cref="IsCurrent"/>
    /// while this one writes. It sees what this one has committed.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened again.</exception>
    IDocumentStore OpenReader();

    /// <summary>Saves a batch of documents; a store that can batch writes in one transaction does.</summary>
    IReadOnlyList<SaveOutcome> SaveAll(IReadOnlyList<CodedDocument> batch, string coderVersion) =>
        batch.Select(coded => Save(coded, coderVersion)).ToList();
}
