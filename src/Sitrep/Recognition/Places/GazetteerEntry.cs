namespace Sitrep.Recognition.Places;

/// <summary>One row of the gazetteer: a place with its level, its parent and, where the source has one, a point.</summary>
/// <param name="Citation">Where the row is, for provenance: <c>places/syria.tsv:42</c>.</param>
public sealed record GazetteerEntry(
    string Id,
    string Name,
    string Level,
    string? ParentId,
    double? Latitude,
    double? Longitude,
    string Citation)
{
    public bool HasPoint => Latitude is not null && Longitude is not null;

    // Read for every name found (its mention's level) and every namesake weighed: mapped once, not a string switch each time.
    internal string EventLevel { get; } = PlaceLevels.ToEventLevel(Level);
    internal int Prior { get; } = PlaceLevels.Prior(Level);
}

/// <summary>A place a spelling may name, with the entry that gave the spelling and the precision it implies.</summary>
/// <param name="Citation">The row that holds the spelling: <c>places/syria.tsv:42</c> or <c>fr/places.tsv:7</c>.</param>
/// <param name="GeoPrecision">1 normally; 2 for a spelling that names a part of the place ("Alep-Est").</param>
/// <param name="IsCanonicalName">The spelling is the entry's own name, not an alias.</param>
public sealed record PlaceCandidate(GazetteerEntry Entry, string Citation, int GeoPrecision, bool IsCanonicalName);
