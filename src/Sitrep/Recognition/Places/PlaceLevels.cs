namespace Sitrep.Recognition.Places;

/// <summary>The gazetteer's levels, how they map to EVENTS.md levels, and how likely each is as a news place.</summary>
public static class PlaceLevels
{
    /// <summary>EVENTS.md has no village, camp or sub-district: a village is coded as a town, a camp as a site, a sub-district as a district.</summary>
    public static string ToEventLevel(string gazetteerLevel) => gazetteerLevel switch
    {
        "village" => "town",
        "camp" => "site",
        "subdistrict" => "district",
        _ => gazetteerLevel,
    };

    /// <summary>
    /// Prior for choosing between namesakes: news names populated places before the admin units named after them
    /// (the sub-district "Atarib" is named after the town), and big places before small ones.
    /// </summary>
    public static int Prior(string gazetteerLevel) => gazetteerLevel switch
    {
        "city" => 6,
        "town" => 5,
        "neighbourhood" => 4,
        "village" or "camp" => 3,
        "site" or "province" => 2,
        _ => 1,
    };

    /// <summary>Levels of small or administrative places, whose names a capitalised common word meets by chance.</summary>
    public static bool IsMinor(string gazetteerLevel) =>
        gazetteerLevel is "village" or "subdistrict" or "district" or "site" or "camp";

    /// <summary>ACLED geo_precision a level has on its own: 3 for a province, 2 for a district or sub-district point, else 1.</summary>
    public static int IntrinsicPrecision(string gazetteerLevel) => gazetteerLevel switch
    {
        "province" => 3,
        "district" or "subdistrict" => 2,
        _ => 1,
    };

    /// <summary>Whether a place word's level (an EVENTS.md level) fits a gazetteer place's level.</summary>
    /// <remarks>Asked for every namesake weighed: the place's event level is read as its entry keeps it, not mapped again.</remarks>
    public static bool Fits(string eventLevel, GazetteerEntry place) =>
        place.EventLevel == eventLevel
        || eventLevel == "town" && place.Level == "city"
        || eventLevel == "city" && place.Level == "town";
}
