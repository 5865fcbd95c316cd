using System.Globalization;

namespace Sitrep.Recognition.Dates;

/// <summary>A date as the coder needs it.</summary>
/// <param name="Value"><c>yyyy-MM-dd</c>, <c>yyyy-MM</c> for a month, <c>yyyy</c> for a year.</param>
/// <param name="Precision">EVENTS.md time_precision: 1 day known, 2 within a week, 3 month or vaguer.</param>
/// <param name="Note"><c>year</c> for a bare year (mostly history: the coder may ignore it);
/// <c>until=yyyy-MM-dd</c> for a stated span of days ("les 26 et 27 octobre").</param>
public sealed record ResolvedDate(string Value, int Precision, string? Note = null)
{
    /// <summary>The mention's detail: the precision, then <c>;</c> and the note when there is one ("3;year").</summary>
    public string Detail => Note is null
        ? Precision.ToString(CultureInfo.InvariantCulture)
        : $"{Precision.ToString(CultureInfo.InvariantCulture)};{Note}";

    public static ResolvedDate Day(DateOnly day, int precision, string? note = null) =>
        new(DayText.Of(day), precision, note);

    public static ResolvedDate Month(int year, int month) => new(TimexText.Month(year, month), 3);

    public static ResolvedDate Year(int year) => new($"{year:D4}", 3, "year");

    public bool IsDay => Value.Length == 10;
}
