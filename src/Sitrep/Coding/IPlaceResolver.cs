using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>Turns a place mention into a canonical place (or an unknown place kept as written).</summary>
public interface IPlaceResolver
{
    Place Resolve(Mention place, string written);

    /// <summary>True when <paramref name="ancestorId"/> is <paramref name="placeId"/> itself or one of its parents.</summary>
    bool IsWithin(string placeId, string ancestorId);
}
