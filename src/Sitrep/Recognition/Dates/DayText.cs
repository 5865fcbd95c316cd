namespace Sitrep.Recognition.Dates;

/// <summary>
/// A day written "yyyy-MM-dd", as <c>ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)</c> writes it (a year of
/// 1 to 9999 in four digits), without reading a format string each time: every day resolved or computed is written so.
/// </summary>
public static class DayText
{
    public const int Length = 10;

    public static string Of(DateOnly day) => string.Create(Length, day, static (into, d) => Write(d, into));

    public static string Of(System.DateTime day) => Of(DateOnly.FromDateTime(day));

    /// <summary>Writes the day into the first <see cref="Length"/> characters of <paramref name="into"/>.</summary>
    public static void Write(DateOnly day, Span<char> into)
    {
        Digits(day.Year, into[..4]);
        into[4] = '-';
        Digits(day.Month, into[5..7]);
        into[7] = '-';
        Digits(day.Day, into[8..10]);
    }

    private static void Digits(int value, Span<char> into)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10) into[i] = (char)('0' + value % 10);
    }
}
