using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>An event's day and ACLED time precision (1 day, 2 within a week, 3 month or vaguer).</summary>
public sealed record EventDate(DateOnly? Date, int Precision, string Rule)
{
    public static readonly EventDate Unknown = new(null, 3, "no date");

    internal const string PublicationDayRule = "publication day (the lead)";

    /// <summary>The day of the report, taken for an act the lead tells with no day of its own: a later sentence may name it.</summary>
    public bool IsAssumed => Rule == PublicationDayRule;
}

/// <summary>
/// Dates an event: the date the sentence states nearest the trigger; none when the sentence places the act
/// before the report (pluperfect, "avant cette…"); else the date carried from the paragraph, else, in the lead, the
/// publication day with precision 2 (a lead reports what just happened). Never invents a day.
/// </summary>
public static class DateAssigner
{
    /// <summary>"s'étaient emparés", "avaient été repoussés": the pluperfect auxiliary stands just before the trigger.</summary>
    private const int BeforeReach = 2;

    /// <summary>
    /// The paragraphs of a report's lead (title, standfirst, first paragraphs): what they tell undated happened on the day
    /// of publication. Further down, an undated act is background or an earlier day: it stays undated.
    /// </summary>
    private const int LeadParagraphs = 4;

    /// <summary>
    /// Background, not news: the sentence dates itself only by a year before the year of publication
    /// ("Déclenché en 2011, le conflit a fait ..."), or tells what happens again and again ("lancent régulièrement
    /// des obus", "se sont multipliés") without naming a day. Such sentences code no event.
    /// </summary>
    public static bool IsBackground(SentenceMentions s, int? reportYear)
    {
        // Most sentences name no date: only a habitual cue makes them background. Loops: read for every sentence with a trigger.
        var dates = s.Of(MentionKind.Date);
        if (dates.Count == 0) return s.Cues("habitual").Count > 0;
        if (s.Cues("habitual").Count > 0 && !NamesADay(dates)) return true;
        if (reportYear is null) return false;
        // "une première depuis le début du conflit en 2011": a year that starts a span dates no act.
        var dated = false;
        for (var i = 0; i < dates.Count; i++)
        {
            if (Follows(s.Cues("since"), dates[i], SinceYearReach)) continue;
            if (!(IsYearOnly(dates[i]) && Year(dates[i]) < reportYear)) return false;
            dated = true;
        }
        return dated;
    }

    private static bool NamesADay(MentionList dates)
    {
        for (var i = 0; i < dates.Count; i++)
            if (IsoDay(dates[i].Value) is not null && !IsYearOnly(dates[i])) return true;
        return false;
    }

    private static int? Year(LocatedMention date) => date.Value.Length >= 4 && int.TryParse(date.Value.AsSpan(0, 4), out var year) ? year : null;

    /// <summary>
    /// The year the report was written: the publication's; with no publication date, the latest year the text names
    /// (a report is no older than the latest year it names), or null when it names none.
    /// </summary>
    public static int? ReportYear(PartialDate? published, SentenceMentions[] sentences)
    {
        if (published is not null) return published.Value.Year;
        int? latest = null;
        foreach (var s in sentences)
            foreach (var d in s.Of(MentionKind.Date))
                if (Year(d) is { } year && (latest is null || year > latest)) latest = year;
        return latest;
    }

    /// <summary>Words between "depuis" and a year it opens a span from ("depuis le début de la guerre en 2011").</summary>
    private const int SinceYearReach = 7;

    /// <summary>"depuis le 20 janvier": the words that may stand between a "since" cue and its date.</summary>
    private const int SinceReach = 2;

    /// <summary>
    /// The date a sentence states, for carrying to the next sentences: not the start of a state ("depuis le 20 janvier").
    /// The mention: most are never carried to an event, and <see cref="Parse"/> reads one when it is.
    /// </summary>
    public static LocatedMention? Stated(SentenceMentions s)
    {
        // Loops, not LINQ: read for every sentence with a date, and for every trigger.
        var dates = s.Of(MentionKind.Date);
        for (var i = 0; i < dates.Count; i++)
            if (IsActDate(s, dates[i]) && !IsYearOnly(dates[i]) && !Follows(s.Cues("since"), dates[i], SinceReach) && IsoDay(dates[i].Value) is not null)
                return dates[i];
        return null;
    }

    /// <summary>A date of the sentence that may be an act's: not the end of a term ("prolongé jusqu'à samedi", "qui expire lundi").</summary>
    private static bool IsActDate(SentenceMentions s, LocatedMention date) => !Follows(s.Cues("until"), date, SinceReach);

    /// <summary>
    /// Whether one of the cues ends at most <paramref name="reach"/> tokens before the mention (a date, a trigger). A loop:
    /// a lambda that reads a parameter makes its closure on every call.
    /// </summary>
    private static bool Follows(MentionList cues, LocatedMention mention, int reach)
    {
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].EndToken <= mention.FirstToken && mention.FirstToken - cues[i].EndToken <= reach) return true;
        return false;
    }

    /// <param name="parsed">The document's date mention parsed last, which the sentence's other triggers and the next sentences share.</param>
    public static EventDate Assign(SentenceMentions s, LocatedMention trigger, EventDate? carried, PartialDate? published, LastResult<Mention, EventDate> parsed)
    {
        // The day stated nearest the trigger, the first one among equals.
        var dates = s.Of(MentionKind.Date);
        LocatedMention? nearest = null;
        var nearestDistance = int.MaxValue;
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            if (!IsActDate(s, d) || IsoDay(d.Value) is null || IsYearOnly(d)) continue;
            var distance = Math.Abs(d.FirstToken - trigger.FirstToken);
            if (distance < nearestDistance) (nearest, nearestDistance) = (d, distance);
        }
        if (nearest is { } found) return parsed.Of(found.Mention);
        // "reprise en mars 2016": a month the sentence names is the act's time, with no day; never the day of the report.
        for (var i = 0; i < dates.Count; i++)
            if (IsActDate(s, dates[i]) && !IsYearOnly(dates[i]) && IsoDay(dates[i].Value) is null)
                return parsed.Of(dates[i].Mention);
        if (Follows(s.Cues("before"), trigger, BeforeReach) && !IsReportedSpeech(s, trigger))
            return new EventDate(null, 3, "before the report (cue)");
        if (carried?.Date is not null) return carried with { Precision = Math.Max(2, carried.Precision), Rule = "carried from the paragraph" };
        if (published?.AsDate is DateOnly day && s.Sentence.Paragraph < LeadParagraphs) return new EventDate(day, 2, EventDate.PublicationDayRule);
        return EventDate.Unknown;
    }

    /// <summary>
    /// "Il a précisé que les rebelles s'étaient retirés": after a verb of saying in the past, French puts a past act in
    /// the pluperfect (concordance of tenses); it is no earlier than the report, as a pluperfect outside speech is.
    /// </summary>
    private static bool IsReportedSpeech(SentenceMentions s, LocatedMention trigger)
    {
        var speech = s.Cues("speech");
        for (var i = 0; i < speech.Count; i++)
            if (speech[i].EndToken < trigger.FirstToken && speech[i].EndToken < s.Sentence.EndToken && s.Is(speech[i].EndToken, FunctionWord.That)) return true;
        return false;
    }

    /// <summary>
    /// "visée depuis le 3 mars par une offensive", "reconquise en mai par l'armée": a sentence that dates its act by the
    /// start of a state or by a month or year only tells the background, in the writer's words.
    /// </summary>
    public static bool TellsBackgroundTime(SentenceMentions s)
    {
        var dates = s.Of(MentionKind.Date);
        if (dates.Count == 0) return false;
        for (var i = 0; i < dates.Count; i++)
            if (Follows(s.Cues("since"), dates[i], SinceReach) || IsYearOnly(dates[i]) || IsoDay(dates[i].Value) is null)
                return true;
        return false;
    }

    private static bool IsYearOnly(LocatedMention m) => m.Value.Length == 4 || (m.Detail ?? "").Contains("year", StringComparison.Ordinal);

    /// <summary>The event date a date mention states: its day and precision, or a month or vaguer.</summary>
    public static EventDate Parse(Mention m)
    {
        var precision = m.Detail is { Length: > 0 } d && char.IsDigit(d[0]) ? d[0] - '0' : 1;
        if (IsoDay(m.Value) is { } day)
            return new EventDate(day, precision, $"stated: {m.Entry}");
        return new EventDate(null, 3, $"month or vaguer: {m.Entry}");
    }

    /// <summary>
    /// The day of a "yyyy-MM-dd" value, else null. Dates are parsed many times a document: the common shape (ten ASCII
    /// characters, digits and two dashes) is read directly; anything else goes to <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateOnly)"/>,
    /// but for a value that format can never read: one shorter than its ten characters ("2016-12", "2016-W49", "2016") or
    /// one not opening with the year's digit ("XXXX-07", a range "(2016-12-07,…)"; no leading space is allowed). Those
    /// are most of the values that are no day, and each costs the parser a failed parse every time a rule asks.
    /// </summary>
    private static DateOnly? IsoDay(string value)
    {
        if (value.Length < 10 || value[0] is < '0' or > '9') return null;
        if (value is [>= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', '-', >= '0' and <= '9', >= '0' and <= '9', '-', >= '0' and <= '9', >= '0' and <= '9'])
        {
            var (year, month, dayOfMonth) = (Digits(value, 0, 4), Digits(value, 5, 2), Digits(value, 8, 2));
            return year >= 1 && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, dayOfMonth) : null;
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static int Digits(string value, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length; i++) n = n * 10 + (value[i] - '0');
        return n;
    }
}
