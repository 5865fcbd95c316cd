using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>What the command line needs of any store, SQLite or PostgreSQL: the event store plus the failures it keeps.</summary>
public interface IDocumentStore : IEventStore
{
    /// <summary>Keeps the reason an input could not be ingested or coded, so a batch can go on and report it later.</summary>
    void RecordFailure(string origin, string reason);

    /// <summary>Inputs and documents that could not be ingested or coded, with their reasons, oldest first.</summary>
    IReadOnlyList<(string Origin, string Reason)> Failures();

    /// <summary>Saves a batch of documents; a store that can batch writes in one transaction does.</summary>
    IReadOnlyList<SaveOutcome> SaveAll(IReadOnlyList<CodedDocument> batch, string resourceVersion) =>
        batch.Select(coded => Save(coded, resourceVersion)).ToList();
}
