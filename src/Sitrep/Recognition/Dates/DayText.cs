using System.Globalization;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// A day written "yyyy-MM-dd" by the round-trip format ("O"), which .NET writes directly: a custom format string is
/// read again at every call, and every day resolved or computed is written so, as is every date the store writes.
/// </summary>
public static class DayText
{
    private const string RoundTrip = "O";

    public const int Length = 10;

    public static string Of(DateOnly day) => day.ToString(RoundTrip, CultureInfo.InvariantCulture);

    public static string Of(System.DateTime day) => Of(DateOnly.FromDateTime(day));

    /// <summary>Writes the day into the first <see cref="Length"/> characters of <paramref name="into"/>.</summary>
    public static void Write(DateOnly day, Span<char> into) => day.TryFormat(into, out _, RoundTrip, CultureInfo.InvariantCulture);

    /// <summary>Writes the day as UTF-8 into the first <see cref="Length"/> bytes of <paramref name="into"/>.</summary>
    public static void Write(DateOnly day, Span<byte> into) => day.TryFormat(into, out _, RoundTrip, CultureInfo.InvariantCulture);
}
