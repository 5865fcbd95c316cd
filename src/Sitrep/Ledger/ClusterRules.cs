using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>
/// When two reports tell the same event: same sub-event type, same canonical place, dates at most
/// <see cref="MaxDaysApart"/> apart or one of them undated, and actors that do not disagree.
/// </summary>
public static class ClusterRules
{
    public const int MaxDaysApart = 1;

    /// <summary>Only events that happened and have a place are clustered: a denial or a plan corroborates nothing.</summary>
    public static bool IsClusterable(StoredEvent e) => !e.Event.Negated && !e.Event.Hedged && e.PlaceKey.Length > 0;

    /// <summary>The gazetteer id when the place resolved, else the written location folded as <c>sitrep eval</c> folds it.</summary>
    public static string PlaceKey(Event e) =>
        e.Place?.Id is { Length: > 0 } id ? id
        : MatchKeys.Location(e.Place?.Name ?? e.Location) is { Length: > 0 } written ? "~" + written
        : "";

    public static bool Match(StoredEvent a, StoredEvent b) =>
        a.Event.SubEventType == b.Event.SubEventType
        && a.PlaceKey == b.PlaceKey
        && DatesAgree(a.Event.Date, b.Event.Date)
        && ActorsAgree(a.Event, b.Event);

    public static bool DatesAgree(DateOnly? a, DateOnly? b) =>
        a is not DateOnly x || b is not DateOnly y || Math.Abs(x.DayNumber - y.DayNumber) <= MaxDaysApart;

    /// <summary>
    /// Each role is unnamed on one side or the same on both. The sides of a clash have no order, so a clash
    /// also agrees with its sides swapped.
    /// </summary>
    public static bool ActorsAgree(Event a, Event b) =>
        SameOrUnknown(a.Actor1, b.Actor1) && SameOrUnknown(a.Actor2, b.Actor2)
        || a.SubEventType == "Armed clash" && SameOrUnknown(a.Actor1, b.Actor2) && SameOrUnknown(a.Actor2, b.Actor1);

    /// <summary>The fields <see cref="Match"/> reads; a stored membership whose fingerprint changed is recomputed.</summary>
    public static string Fingerprint(StoredEvent e) => string.Join('|',
        e.Event.SubEventType, e.PlaceKey, e.Event.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        e.Event.Actor1 ?? "", e.Event.Actor2 ?? "");

    private static bool SameOrUnknown(string? a, string? b) => a is null || b is null || MatchKeys.SameName(a, b);
}
