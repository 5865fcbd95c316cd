namespace Sitrep.Ledger;

/// <summary>One event as several reports tell it.</summary>
/// <param name="Place">The canonical place name, else the location as written.</param>
/// <param name="Date">The earliest date a report gives, null when none does.</param>
/// <param name="Sources">The independent sources, sorted; their count is the corroboration.</param>
/// <param name="Fatalities">The figures the reports give, smallest first.</param>
public sealed record EventCluster(
    string Id,
    string SubEventType,
    string Place,
    DateOnly? Date,
    string? Actor1,
    string? Actor2,
    IReadOnlyList<string> EventIds,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<string> Sources,
    IReadOnlyList<int> Fatalities)
{
    public int Corroboration => Sources.Count;
}
