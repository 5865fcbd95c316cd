using Sitrep.Model;

namespace Sitrep.Recognition.Places;

/// <summary>A place mention with the place it resolves to (a gazetteer place, or an unknown one known by its written name).</summary>
public sealed record PlaceMatch(Mention Mention, Place Place, string Written);
