using Sitrep.Model;
using Sitrep.Recognition.Places;

namespace Sitrep.Coding;

/// <summary>Resolves place mentions against the gazetteer the place recognizer used.</summary>
public sealed class GazetteerPlaceResolver(Gazetteer gazetteer) : IPlaceResolver
{
    public Place Resolve(Mention place, string written) => gazetteer.Resolve(place, written);

    public bool IsWithin(string placeId, string ancestorId) => gazetteer.IsWithin(placeId, ancestorId);
}
