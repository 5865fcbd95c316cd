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
    public static string Fingerprint(StoredEvent e)
    {
        var length = FingerprintLength(e);
        return new string(WriteFingerprint(e, length <= StackChars ? stackalloc char[length] : new char[length]));
    }

    /// <summary>Whether <paramref name="stored"/> is <see cref="Fingerprint"/>'s, compared without a string: the update compares every stored row.</summary>
    public static bool HasFingerprint(StoredEvent e, string stored)
    {
        var length = FingerprintLength(e);
        return length == stored.Length
               && WriteFingerprint(e, length <= StackChars ? stackalloc char[length] : new char[length]).SequenceEqual(stored);
    }

    private const int StackChars = 512;

    private const int FingerprintFields = 5;

    private const string DayFormat = "yyyy-MM-dd";

    private static int FingerprintLength(StoredEvent e) =>
        e.Event.SubEventType.Length + e.PlaceKey.Length + (e.Event.Date is null ? 0 : DayFormat.Length)
        + (e.Event.Actor1?.Length ?? 0) + (e.Event.Actor2?.Length ?? 0) + FingerprintFields - 1;

    /// <summary>The fields joined by '|', an unknown one empty, into a buffer of <see cref="FingerprintLength"/>.</summary>
    private static Span<char> WriteFingerprint(StoredEvent e, Span<char> buffer)
    {
        var at = 0;
        Append(buffer, ref at, e.Event.SubEventType);
        buffer[at++] = '|';
        Append(buffer, ref at, e.PlaceKey);
        buffer[at++] = '|';
        if (e.Event.Date is DateOnly date)
        {
            date.TryFormat(buffer[at..], out var written, DayFormat, CultureInfo.InvariantCulture);
            at += written;
        }
        buffer[at++] = '|';
        Append(buffer, ref at, e.Event.Actor1 ?? "");
        buffer[at++] = '|';
        Append(buffer, ref at, e.Event.Actor2 ?? "");
        return buffer;
    }

    private static void Append(Span<char> buffer, ref int at, string field)
    {
        field.CopyTo(buffer[at..]);
        at += field.Length;
    }

    private static bool SameOrUnknown(string? a, string? b) => a is null || b is null || MatchKeys.SameName(a, b);
}
