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
        return Kept.GetOrAdd(timex, t => new TimexProperty(t));
    }
}
