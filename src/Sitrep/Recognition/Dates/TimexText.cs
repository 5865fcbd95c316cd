using System.Globalization;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// The parts of a TIMEX written as the interpolations "{month:D2}", "{year:D4}", "XXXX-WXX-{weekday}" write them, the
/// small numbers from tables: every date read writes a month and a day or a weekday, and the interpolation's
/// formatting (a nullable boxed, the culture looked up for each number) showed in every date's reading.
/// </summary>
public static class TimexText
{
    private static readonly string[] TwoDigits = [.. Enumerable.Range(0, 100).Select(n => n.ToString("D2", CultureInfo.InvariantCulture))];
    private static readonly string[] Weekdays = [.. Enumerable.Range(0, 10).Select(n => $"XXXX-WXX-{n}")];

    /// <summary>"07", "12"; a number outside 0-99 as "D2" writes it.</summary>
    public static string Two(int value) => (uint)value < TwoDigits.Length ? TwoDigits[value] : value.ToString("D2", CultureInfo.CurrentCulture);

    /// <summary>"2016", or "XXXX" when no year is written.</summary>
    public static string Year(int? year) => year is int y ? y.ToString("D4", CultureInfo.CurrentCulture) : "XXXX";

    /// <summary>"2016-03", "XXXX-03".</summary>
    public static string Month(int? year, int month) => string.Concat(Year(year), "-", Two(month));

    /// <summary>"2016-03-14", "XXXX-03-14".</summary>
    public static string Day(int? year, int month, int day) => string.Concat(Year(year), "-", Two(month), "-", Two(day));

    /// <summary>"XXXX-WXX-2" for an ISO weekday.</summary>
    public static string Weekday(int weekday) =>
        (uint)weekday < Weekdays.Length ? Weekdays[weekday] : string.Create(CultureInfo.CurrentCulture, $"XXXX-WXX-{weekday}");
}
