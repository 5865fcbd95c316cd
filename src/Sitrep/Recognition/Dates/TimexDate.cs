using Microsoft.Recognizers.Text.DataTypes.TimexExpression;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// The fields of a TIMEX's date part that a date resolves from. The forms nearly every date takes ("2016", "2016-03",
/// "2016-03-14", "XXXX-03", "XXXX-03-14", "XXXX-WXX-2", "2016-W48") are read in place, as the TIMEX library reads them;
/// any other is parsed by it (<see cref="ParsedTimex"/>). Asked of every date found: the cache's lookup cost more than
/// the reading.
/// </summary>
public readonly record struct TimexDate(int? Year, int? Month, int? DayOfMonth, int? WeekOfYear, int? DayOfWeek)
{
    /// <param name="datePart">The TIMEX before its "T" (the time of day), not empty.</param>
    public static TimexDate Of(ReadOnlySpan<char> datePart) => TryRead(datePart) ?? Of(ParsedTimex.Of(datePart.ToString()));

    private static TimexDate Of(TimexProperty t) => new(t.Year, t.Month, t.DayOfMonth, t.WeekOfYear, t.DayOfWeek);

    private static TimexDate? TryRead(ReadOnlySpan<char> s)
    {
        var year = s.StartsWith("XXXX") ? null : Digits(s, 0, 4);
        if (year is null && !s.StartsWith("XXXX")) return null;
        if (s.Length == 4) return year is null ? null : new TimexDate(year, null, null, null, null);
        if (s[4] != '-') return null;
        var rest = s[5..];
        // "XXXX-WXX-2": a weekday; "2016-W48": a week of a year.
        if (rest.Length == 5 && year is null && rest.StartsWith("WXX-")) return Digits(rest, 4, 1) is int weekday ? new TimexDate(null, null, null, null, weekday) : null;
        if (rest.Length == 3 && year is not null && rest[0] == 'W') return Digits(rest, 1, 2) is int week ? new TimexDate(year, null, null, week, null) : null;
        if (Digits(rest, 0, 2) is not int month) return null;
        if (rest.Length == 2) return new TimexDate(year, month, null, null, null);
        return rest.Length == 5 && rest[2] == '-' && Digits(rest, 3, 2) is int day ? new TimexDate(year, month, day, null, null) : null;
    }

    /// <summary>The ASCII digits at [start, start + length) as a number; null when there are fewer or others.</summary>
    private static int? Digits(ReadOnlySpan<char> s, int start, int length)
    {
        if (s.Length < start + length) return null;
        var value = 0;
        foreach (var c in s.Slice(start, length))
        {
            if (!char.IsAsciiDigit(c)) return null;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
