using System.Globalization;
using Microsoft.Recognizers.Text.DataTypes.TimexExpression;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Turns a time expression into the date of a news event, per EVENTS.md "Dates": always the past
/// reading against the publication date. Expressions relative to the publication day ("hier", "mardi",
/// "depuis deux semaines") resolve only when that day is known; with a month-only publication date, a
/// day and month take the year that puts them on or before it; no day is ever invented.
/// </summary>
public sealed class DateResolver(DateCues cues)
{
    /// <summary>Longest stated span of days that still counts as one known day ("les 26 et 27 octobre").</summary>
    private const int DaysStillPrecise = 2;
    private const int DaysWithinAWeek = 7;
    /// <summary>"depuis deux semaines" is dated to within a week; longer spans back are month-vague.</summary>
    private const int SinceDaysWithinAWeek = 14;
    /// <summary>Any int in figures, sign included.</summary>
    private const int YearRoom = 11;

    public ResolvedDate? Resolve(AnalyzedText text, Sentence sentence, TemporalMatch match)
    {
        // "avant mardi", "après le 5": the event is not on that day.
        if (match.Mod is "before" or "after" or "until") return null;
        var published = text.Document.Published;
        var surface = text.Text.AsSpan(match.Span.Start, match.Span.Length);
        var resolved = match.Timex[0] switch
        {
            '(' => ResolveRange(match.Timex, surface, published),
            'P' => match.Mod == "since" ? ResolveSince(match.Timex, published) : null,
            _ => ResolvePoint(match.Timex, surface, published),
        };
        if (resolved is null || !resolved.IsDay) return resolved;
        var precision = resolved.Precision;
        if (match.Mod == "since") precision = Math.Max(precision, 2);
        var (first, end) = TokenSearch.InsideRange(text, sentence, match.Span);
        for (var token = first; token < end; token++)
            if (cues.Unit(text.Word(token)) is TimeUnit unit) precision = Math.Max(precision, unit.Precision());
        // Most days keep the precision they resolved with: no copy for them.
        return precision == resolved.Precision ? resolved : resolved with { Precision = precision };
    }

    private static ResolvedDate? ResolvePoint(string timex, ReadOnlySpan<char> surface, PartialDate? published)
    {
        // Times of day keep the day: "XXXX-WXX-4TEV" is Thursday evening; a bare "TMO" names no day.
        var datePart = timex.IndexOf('T') is var timeAt and >= 0 ? timex.AsSpan(0, timeAt) : timex;
        if (datePart.Length == 0) return null;
        var t = TimexDate.Of(datePart);
        if (t.Year is int year)
        {
            if (!IsRelative(year, surface)) return Dated(t, year);
            // News reads relative expressions in the past; the model reads "en une semaine" as next week.
            if (published?.AsDate is not DateOnly day || Dated(t, year) is not { } date || IsAfter(date, day)) return null;
            return date;
        }
        if (t.Month is int month)
        {
            if (YearOnOrBefore(month, t.DayOfMonth, published) is not int y) return null;
            if (t.DayOfMonth is not int day) return ResolvedDate.Month(y, month);
            return IsDate(y, month, day) ? ResolvedDate.Day(new DateOnly(y, month, day), 1) : null;
        }
        if (t.DayOfWeek is int weekday && published?.AsDate is DateOnly p)
            return ResolvedDate.Day(p.AddDays(-((IsoDay(p) - weekday + 7) % 7)), 1);
        return null;
    }

    private static ResolvedDate? Dated(TimexDate t, int year)
    {
        if (t.WeekOfYear is int week) return ResolvedDate.Day(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)), 2);
        if (t.Month is not int m) return ResolvedDate.Year(year);
        if (t.DayOfMonth is not int d) return ResolvedDate.Month(year, m);
        return IsDate(year, m, d) ? ResolvedDate.Day(new DateOnly(year, m, d), 1) : null;
    }

    /// <summary>Whether a day, month or year lies after the given day (a month holding it does not).</summary>
    private static bool IsAfter(ResolvedDate date, DateOnly day)
    {
        // Written on the stack: asked of every relative date.
        Span<char> written = stackalloc char[DayText.Length];
        DayText.Write(day, written);
        return date.Value.AsSpan().SequenceCompareTo(written[..date.Value.Length]) > 0;
    }

    /// <summary>"(a,b,P2D)": the first day, as "depuis jeudi" gives the Thursday: "les 72 dernières heures" start three
    /// days before publication, within a week. A span of one day or of no stated length ending on the publication day
    /// ("ces derniers jours", "les dernières 24 heures") is the publication day itself, within a week.</summary>
    private static ResolvedDate? ResolveRange(string timex, ReadOnlySpan<char> surface, PartialDate? published)
    {
        var parts = timex.Trim('(', ')').Split(',');
        if (parts.Length != 3 || ResolvePoint(parts[0], surface, published) is not { } start) return null;
        if (!start.IsDay) return start;
        var first = DateOnly.ParseExact(start.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var days = DurationDays(ParsedTimex.Of(parts[2]));
        var last = first.AddDays(days);
        if (published?.AsDate is DateOnly p && last == p && IsRelative(first.Year, surface))
            return ResolvedDate.Day(days > 1 ? first : p, days <= DaysWithinAWeek ? 2 : 3);
        var precision = days <= DaysStillPrecise ? 1 : days <= DaysWithinAWeek ? 2 : 3;
        var until = DayText.Of(last);
        return ResolvedDate.Day(first, Math.Max(precision, start.Precision), $"until={until}");
    }

    /// <summary>"depuis deux semaines": the day that long before publication.</summary>
    private static ResolvedDate? ResolveSince(string timex, PartialDate? published)
    {
        if (published?.AsDate is not DateOnly p) return null;
        var t = ParsedTimex.Of(timex);
        if (t.Years is decimal years and > 0) return ResolvedDate.Year(p.AddYears(-(int)Math.Ceiling(years)).Year);
        if (t.Months is decimal months and > 0)
        {
            var month = p.AddMonths(-(int)Math.Ceiling(months));
            return ResolvedDate.Month(month.Year, month.Month);
        }
        var days = DurationDays(t);
        if (days == 0) return null;
        return ResolvedDate.Day(p.AddDays(-days), days <= SinceDaysWithinAWeek ? 2 : 3);
    }

    /// <summary>A dated TIMEX whose year the text does not state was computed from the reference day.</summary>
    private static bool IsRelative(int year, ReadOnlySpan<char> surface)
    {
        // Written on the stack: asked of every dated expression.
        Span<char> written = stackalloc char[YearRoom];
        year.TryFormat(written, out var length, "D4", CultureInfo.InvariantCulture);
        return surface.IndexOf(written[..length]) < 0;
    }

    /// <summary>The year that puts a month (and day) on or before the publication date; null without a month to go by.</summary>
    private static int? YearOnOrBefore(int month, int? day, PartialDate? published)
    {
        if (published is not { Month: int pm } pub) return null;
        if (month != pm) return month < pm ? pub.Year : pub.Year - 1;
        return day is int d && pub.Day is int pd && d > pd ? pub.Year - 1 : pub.Year;
    }

    private static int DurationDays(TimexProperty t) =>
        (int)Math.Ceiling((t.Years ?? 0) * 365 + (t.Months ?? 0) * 30 + (t.Weeks ?? 0) * 7 + (t.Days ?? 0) + (t.Hours ?? 0) / 24);

    private static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private static bool IsDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month);
}
