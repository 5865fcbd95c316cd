using System.Collections.Concurrent;
using Microsoft.Recognizers.Text.DataTypes.TimexExpression;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Parsed TIMEX values, kept: parsing one runs a dozen regular expressions, and news repeats the same few
/// ("XXXX-WXX-2", "XXXX-03-14", "P2W"). The resolver only reads them, so one instance serves every thread.
/// </summary>
public static class ParsedTimex
{
    /// <summary>Enough for every distinct date of years of news; past it the cache starts again.</summary>
    private const int MaxKept = 1 << 14;

    private static readonly ConcurrentDictionary<string, TimexProperty> Kept = new(StringComparer.Ordinal);

    public static TimexProperty Of(string timex)
    {
        if (Kept.TryGetValue(timex, out var parsed)) return parsed;
        if (Kept.Count >= MaxKept) Kept.Clear();
        return Kept.GetOrAdd(timex, Parse);
    }

    /// <summary>
    /// A calendar day ("2016-12-05", what "hier" or "il y a trois jours" resolve to: a new one for every publication
    /// day) has only its year, month and day set, as the regular expressions give them; anything else is parsed.
    /// </summary>
    private static TimexProperty Parse(string timex) =>
        IsCalendarDay(timex)
            ? new TimexProperty { Year = Digits(timex, 0, 4), Month = Digits(timex, 5, 2), DayOfMonth = Digits(timex, 8, 2) }
            : new TimexProperty(timex);

    /// <summary>Exactly <c>dddd-dd-dd</c> in ASCII digits.</summary>
    private static bool IsCalendarDay(string timex)
    {
        if (timex.Length != 10 || timex[4] != '-' || timex[7] != '-') return false;
        for (var i = 0; i < timex.Length; i++)
            if (i is not (4 or 7) && !char.IsAsciiDigit(timex[i])) return false;
        return true;
    }

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++) value = value * 10 + (text[i] - '0');
        return value;
    }
}
