namespace Sitrep.Model;

/// <summary>
/// A canonical place per EVENTS.md, with ACLED's geo_precision
/// (1 district or town, 2 near or part of, 3 province). Unknown places keep only the name as written.
/// </summary>
public sealed record Place(
    string Name,
    string? Parent,
    string Country,
    string Level,
    string? Id = null,
    string? Admin1 = null,
    double? Latitude = null,
    double? Longitude = null,
    int GeoPrecision = 1);
