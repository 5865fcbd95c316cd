using System.Globalization;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// A day written "yyyy-MM-dd" by the round-trip format ("O"), which .NET writes directly: a custom format string is
/// read again at every call, and every day resolved or computed is written so. (The store writes its dates the same way,
/// <c>StoredValues.IsoDate</c>.)
/// </summary>
public static class DayText
{
    private const string RoundTrip = "O";

    public const int Length = 10;

    public static string Of(DateOnly day) => day.ToString(RoundTrip, CultureInfo.InvariantCulture);

    public static string Of(System.DateTime day) => Of(DateOnly.FromDateTime(day));

    /// <summary>Writes the day into the first <see cref="Length"/> characters of <paramref name="into"/>.</summary>
    public static void Write(DateOnly day, Span<char> into) => day.TryFormat(into, out _, RoundTrip, CultureInfo.InvariantCulture);
}
