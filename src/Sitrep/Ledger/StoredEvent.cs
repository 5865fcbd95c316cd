using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>An event with the id the store gave it (<see cref="Storage.EventIds"/>).</summary>
public sealed record StoredEvent(string Id, Event Event)
{
    /// <summary>
    /// <see cref="ClusterRules.PlaceKey"/>, folded once: clustering asks it of both sides of every comparison, and
    /// folding a written location allocates.
    /// </summary>
    public string PlaceKey { get; } = ClusterRules.PlaceKey(Event);

    /// <summary>Where a <see cref="QuoteSpool"/> keeps the event's quote, which <see cref="Event"/> then leaves empty; -1 when it holds it.</summary>
    public long SpooledQuote { get; init; } = -1;
}
