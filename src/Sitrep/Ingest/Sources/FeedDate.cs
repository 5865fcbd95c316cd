using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Model;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Publication dates of feed items: ISO 8601 (Atom, Dublin Core) or RFC 822 (RSS <c>pubDate</c>,
/// "Tue, 06 Dec 2016 14:25:00 +0100"). The date is the one on the publisher's clock, as printed.
/// </summary>
internal static partial class FeedDate
{
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (PartialDate.TryParse(text, out var iso)) return iso;
        var m = Rfc822().Match(text);
        if (!m.Success) return null;
        var month = Array.FindIndex(
            CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            name => name.Equals(m.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        // RFC 822 allowed two-digit years; RFC 1123 made them four.
        if (year < 100) year += year >= 70 ? 1900 : 2000;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }

    [GeneratedRegex(@"^\s*(?:[A-Za-z]+,?\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})[A-Za-z]*\.?\s+(?<year>\d{4}|\d{2})\b", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex Rfc822();
}
