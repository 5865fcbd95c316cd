using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>An event with the id the store gave it (<see cref="Storage.EventIds"/>).</summary>
public sealed record StoredEvent(string Id, Event Event)
{
    public static IReadOnlyList<StoredEvent> Of(IReadOnlyList<Event> events)
    {
        var ids = Storage.EventIds.Assign(events);
        return events.Select((e, i) => new StoredEvent(ids[i], e)).ToList();
    }
}
