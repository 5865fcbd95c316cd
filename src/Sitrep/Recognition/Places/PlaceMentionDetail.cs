using System.Globalization;

namespace Sitrep.Recognition.Places;

/// <summary>
/// The detail of a place mention: its EVENTS.md level, and the geo_precision its context asks for when that
/// is coarser than the place itself ("l'est d'Alep", "Alep-Est": <c>city; geo_precision 2</c>).
/// </summary>
public static class PlaceMentionDetail
{
    private const string PrecisionMark = "; geo_precision ";

    /// <summary>The level of a site named after the place it stands in ("prison d'Alep").</summary>
    public const string SiteLevel = "site";

    public static string Format(string level, int geoPrecision) =>
        geoPrecision <= 1 ? level : level + PrecisionMark + geoPrecision.ToString(CultureInfo.InvariantCulture);

    public static (string Level, int GeoPrecision) Parse(string? detail)
    {
        if (string.IsNullOrEmpty(detail)) return ("town", 1);
        var mark = detail.IndexOf(PrecisionMark, StringComparison.Ordinal);
        return mark < 0
            ? (detail, 1)
            : (detail[..mark], int.Parse(detail.AsSpan(mark + PrecisionMark.Length), CultureInfo.InvariantCulture));
    }
}
