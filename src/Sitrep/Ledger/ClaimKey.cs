using System.Globalization;

namespace Sitrep.Ledger;

/// <summary>
/// What a claim measures, where and when, normalised so that claims on one quantity from different sources line up.
/// </summary>
/// <param name="Measure">The unit folded and singular ("personne", "quartier"); a share adds what it is a share of ("% quartier").</param>
/// <param name="Place">The gazetteer id of the place the figure is about ("sy.aleppo"), empty when none is known.</param>
/// <param name="Date">The claim's date, else the document's publication day.</param>
public sealed record ClaimKey(string Measure, string Place, DateOnly? Date)
{
    public override string ToString() =>
        $"{Measure} | {(Place.Length > 0 ? Place : "?")} | {Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}";
}
