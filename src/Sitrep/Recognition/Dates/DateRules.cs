using System.Globalization;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// The phrase rules of <see cref="DateGrammar"/>, each giving the model's reading of its phrase. A rule that finds
/// its phrase but a neighbour that would change the model's reading ("avant mardi", "le 5 avril 12 civils") sets
/// <see cref="Failed"/>: the window then goes to the model.
/// </summary>
public sealed class DateRules(DateWindow w)
{
    public bool Failed { get; private set; }

    // Where the last day read alone ("mercredi", "le 27 juillet", "hier", no time or past word with it) ends: some
    // phrases right after it read otherwise ("mercredi 27 juillet dans la matinée").
    private int _dayEnd = -1;

    /// <summary>Forgets what reading the last window left: its window has moved (<see cref="DateWindow.MoveTo"/>).</summary>
    internal void Restart()
    {
        Failed = false;
        _dayEnd = -1;
    }

    /// <summary>Reads the phrase starting at <paramref name="i"/>: one past its last token, or null when none starts there.</summary>
    public int? ReadAt(int i)
    {
        if (w.Words.Phrases.LongestAt(w.Text, i, w.End) is var (length, (kind, value)))
        {
            if (kind == DateWordKind.Week) return Week(i, i + length, int.Parse(value, CultureInfo.InvariantCulture));
            if (kind == DateWordKind.Ago) return Ago(i, i + length);
            if (kind == DateWordKind.Night) return Night(i, i + length);
            if (kind == DateWordKind.PartOfDay) return PartOfDay(i, i + length, value);
            if (kind == DateWordKind.BarePartOfDay) return BarePartOfDay(i, i + length, value);
            if (kind == DateWordKind.DayOfWeekday) return DayOfWeekday(i, i + length);
            if (kind == DateWordKind.MonthOf) return MonthNamed(i, i + length);
            if (kind == DateWordKind.Tonight) return Tonight(i, i + length, value);
            if (kind == DateWordKind.ThisMonth) return ThisMonth(i, i + length, value);
            if (kind == DateWordKind.Vague) return Vague(i, i + length, value);
            if (kind == DateWordKind.Recent) return Recent(i, i + length, value);
            if (kind == DateWordKind.Upcoming) return Upcoming(i, i + length, value);
            if (kind == DateWordKind.Pronoun && Right(i + length, countAfter: false)) return i + length;
            if (kind == DateWordKind.Inert) return Right(i + length, countAfter: false) ? i + length : HiddenDay(i, i + length);
        }
        return w.Kind(i) switch
        {
            DateWordKind.Since => Since(i),
            DateWordKind.This when w.Has(i + 1) && w.Kind(i + 1) == DateWordKind.Weekday => Weekday(i + 1, i),
            DateWordKind.Weekday => Weekday(i, AfterSlash(i) ? i - 1 : i),
            DateWordKind.DayLead when w.Has(i + 1) && Day(i + 1) is not null => DayMonth(i + 1, i),
            DateWordKind.RelativeDay => RelativeDay(i),
            DateWordKind.Edge when w.Value(i).Length > 0 && w.Has(i + 1) && w.Kind(i + 1) is DateWordKind.Weekday or DateWordKind.RelativeDay => EdgeOfDay(i),
            DateWordKind.PastRef => PastRef(i),
            DateWordKind.Of when EveningToMorning(i) is int end => end,
            DateWordKind.Of when MonthToMonth(i) is int end => end,
            DateWordKind.Month => Month(i),
            DateWordKind.PlainLead when w.Has(i + 2) && Count(i + 1) is not null && Unit(i + 2) is "D" or "W" or "M" => Within(i),
            DateWordKind.PlainLead when w.Has(i + 2) && Count(i + 1) is > 0 && TimeUnit(i + 2) is "H" or "M" => WithinHours(i),
            DateWordKind.RangeTo when AtClock(i) is var (time, end) => Checked(i, i + 1, end, time),
            DateWordKind.Approx when w.Has(i + 1) && w.Year(i + 1) is int year => Checked(i, i, i + 2, TimexText.Year(year), "approx"),
            DateWordKind.Unit when LoneUnit(i) is int end => end,
            // The rules below all start at a number (figures, a number word), a vague count or "1er": most tokens of a
            // window are none, and are passed over at once rather than asked a dozen times over.
            _ when !w.IsNumeric(i) && w.Kind(i) is not (DateWordKind.Count or DateWordKind.FirstDay) => null,
            _ when NumericDate(i) is { } date => NumericDateAt(i, i, i + 1, date),
            _ when OfHours(i) is int hours => CountOfHours(i, hours),
            _ when w.Has(i + 1) && RecentHours(i) is int end => end,
            _ when HoursOutOf24(i) is { } hour => Checked(i, i, i + 4, $"XXXX-XX-24T{hour}"),
            _ when UnreadCount(i) => Checked(i, i, i + 2, null, allowOf: true, allowDurationLead: true, durationLeadAfter: true),
            _ when Day(i) is not null && TwoDays(i) is int end => end,
            _ when Day(i) is not null && IsMonth(i + 1) => DayMonth(i, AfterSlash(i) ? i - 1 : i),
            _ when IsoDate(i) is { } iso => Checked(i, i, i + 5, iso),
            _ when Day(i) is not null && FigureCount(i) => Duration(i, i, null),
            _ when Day(i) is not null => null,
            _ when w.Year(i) is int year => AfterEdge(i)
                ? Checked(i - 1, i, i + 1, TimexText.Year(year))
                : AfterLeadOrSign(i) ? Checked(i, i, i + 1, TimexText.Year(year), allowLead: true) : Fail(),
            _ when Count(i) is not null => Duration(i, i, null),
            // "vieille de 2.000 ans": after other words ("dans les 1.000 ans", a range to the model) left to the model.
            _ when Thousands(i) is not null && w.Has(i - 1) && w.Kind(i - 1) == DateWordKind.Of => Duration(i, i, null),
            _ => null,
        };
    }

    /// <summary>"la semaine dernière", "cette semaine": the ISO week.</summary>
    private int? Week(int first, int end, int weeks)
    {
        var day = w.Reference.AddDays(7 * weeks);
        var week = $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}";
        return Checked(first, first, end, week, allowOf: true, countAfter: true);
    }

    /// <summary>"il y a trois jours": that day. "il y a quelques heures" is a time of day the model computes.</summary>
    private int? Ago(int first, int end)
    {
        if (w.Has(end + 1) && Count(end) is not null && TimeUnit(end + 1) is not null) return Fail();
        if (w.Has(end) && Thousands(end) is not null) return Fail();
        if (!w.Has(end + 1) || Count(end) is not int n || Unit(end + 1) is not { } unit) return null;
        var day = unit switch
        {
            "D" => w.Reference.AddDays(-n),
            "W" => w.Reference.AddDays(-7 * n),
            "M" => w.Reference.AddMonths(-n),
            _ => w.Reference.AddYears(-n),
        };
        return Checked(first, first, end + 2, Day(day), countAfter: true);
    }

    /// <summary>"dans la nuit de jeudi" is the night, then Thursday; "dans la nuit de jeudi à vendredi" the night, then both days.</summary>
    private int? Night(int first, int end)
    {
        if (!w.Has(end) || w.Kind(end) != DateWordKind.Weekday) return null;
        if (!Left(first)) return Fail();
        var from = WeekdayTimex(end);
        if (w.Has(end + 2) && w.Kind(end + 1) == DateWordKind.RangeTo && w.Kind(end + 2) == DateWordKind.Weekday)
        {
            if (!Right(end + 3, countAfter: true)) return Fail();
            w.Add(first, end - 1, "TNI");
            w.Add(end - 1, end + 3, $"({from},{WeekdayTimex(end + 2)},P1D)");
            return end + 3;
        }
        if (!Right(end + 1, countAfter: true)) return Fail();
        w.Add(first, end - 1, "TNI");
        w.Add(end, end + 1, from);
        return end + 1;
    }

    /// <summary>
    /// "dans la soirée" alone (TEV), or before the day it falls on: "dans la soirée du 12 avril" is the evening, then
    /// that day. Beside another date ("mardi dans la nuit", "dans la nuit dernière") the model reads them as one.
    /// </summary>
    private int? PartOfDay(int first, int end, string part)
    {
        if (_dayEnd == first && w.Words.IsMarked(DateMark.UnjoinedPartOfDay, Phrase(first, end)))
            return Right(end, countAfter: false) ? end : Fail();
        if (!Left(first)) return Fail();
        var readings = w.Found.Count;
        if (w.Has(end + 1) && w.Kind(end) == DateWordKind.DayLead && Day(end + 1) is not null)
        {
            if (DayMonth(end + 1, first) is not int next) return Fail();
            w.Add(first, end, $"T{part}", at: readings);
            return next;
        }
        if (!Right(end, countAfter: false)) return Fail();
        w.Add(first, end, $"T{part}");
        return end;
    }

    /// <summary>
    /// "en soirée", "en matinée": to the model that part of the day alone, over its word, [soirée] TEV, and for a phrase
    /// marked spans_space_before over the space before it too, [ matinée] TMO. With a plain word or sign before it, and
    /// after it one, or "dans", "des" and one ("en matinée dans le quartier"); beside a date, a number or "et" it reads
    /// otherwise ("en matinée mardi" one date, "en matinée 12" T00).
    /// </summary>
    private int? BarePartOfDay(int first, int end, string part)
    {
        var rightOk = w.IsPlainNeighbour(end)
            || (w.Kind(end) is DateWordKind.LeadBlocker or DateWordKind.SoftLead && w.IsPlainNeighbour(end + 1));
        if (!w.IsPlainNeighbour(first - 1) || !rightOk) return Fail();
        var word = end - 1;
        var spaceBefore = w.Words.IsMarked(DateMark.SpansSpaceBefore, Phrase(first, end));
        var gap = w.Text.Tokens[word].Start - w.Text.Tokens[word - 1].End;
        if (spaceBefore && !(gap == 1 && w.Text.Text[w.Text.Tokens[word].Start - 1] == ' ')) return Fail();
        w.Add(word, end, $"T{part}", charsBefore: spaceBefore ? 1 : 0);
        return end;
    }

    /// <summary>
    /// "la journée de dimanche": at the window's start or after a punctuation mark, the model reads the phrase's first two
    /// words as the reference day, [la journée] 2016-12-06, and the weekday as nothing; after a plain word ("que", "selon
    /// eux") the weekday alone, [dimanche] XXXX-WXX-7. A plain word or sign after the weekday only ("a été" too; a number,
    /// "soir", "dernier", a day of a month change it), and no other word before the phrase ("de la journée de lundi"
    /// reads both, "cette journée de" nothing): those left to the model.
    /// </summary>
    private int? DayOfWeekday(int first, int end)
    {
        var weekday = end;
        if (!w.Has(weekday) || w.Kind(weekday) != DateWordKind.Weekday) return Fail();
        var next = weekday + 1;
        // "a été" folds as "à été"; "des" as "dès".
        var rightOk = w.Has(next) && w.Kind(next) is DateWordKind.RangeTo or DateWordKind.SoftLead
            ? w.IsPlainNeighbour(next + 1)
            : w.IsPlainNeighbour(next);
        if (!rightOk) return Fail();
        var before = first - 1;
        if (!w.Has(before) || (w.Text.Tokens[before].Kind == Text.TokenKind.Punctuation && !w.IsTimeSign(before)))
            w.Add(first, end - 1, Day(w.Reference));
        else if (w.Text.Tokens[before].Kind == Text.TokenKind.Word && w.Kind(before) == DateWordKind.Plain && w.IsPlainNeighbour(before))
            w.Add(weekday, next, WeekdayTimex(weekday));
        else return Fail();
        return next;
    }

    /// <summary>
    /// "le mois de juillet (dernier)": to the model two readings, the phrase's first two words as the reference month,
    /// [le mois] 2016-12, and "de" with the month, [de juillet] XXXX-07 ("d'" it leaves out, [août] XXXX-08), which
    /// TemporalRepairs then joins. With a plain word, a sign or a date read right before it, and a plain word or sign
    /// after the month or its past word. Elsewhere null, and the words are judged one by one as before this rule: a
    /// number or "et" after the month, or "depuis" before the phrase, change the model's reading and send the window
    /// to it; "le mois de juillet 2015" the grammar reads [juillet 2015] 2015-07, unlike the model (kept, for the
    /// outputs' sake).
    /// </summary>
    private int? MonthNamed(int first, int end)
    {
        var month = end;
        if (!w.Has(month) || w.Kind(month) != DateWordKind.Month) return null;
        var next = w.Has(month + 1) && w.Kind(month + 1) is DateWordKind.Past or DateWordKind.Last ? month + 2 : month + 1;
        if (!w.IsPlainNeighbour(next) || !(w.IsPlainNeighbour(first - 1) || ReadRightBefore(first))) return null;
        w.Add(first, end - 1, w.Reference.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        // "d'août": the elided "de" is not part of the reading.
        w.Add(w.Norm(end - 1).EndsWith('\'') ? month : end - 1, month + 1, TimexText.Month(null, MonthOf(month)));
        return next;
    }

    /// <summary>Whether the last reading of the window ends at the token before <paramref name="token"/>.</summary>
    private bool ReadRightBefore(int token) =>
        w.Found.Count > 0 && w.Has(token - 1)
        && w.Found[^1].Start + w.Found[^1].Length == w.Text.Tokens[token - 1].End - w.Text.Tokens[w.First].Start;

    /// <summary>The folded words of the tokens [first, end), joined by one space, as date_grammar.tsv writes a phrase.</summary>
    private string Phrase(int first, int end)
    {
        var words = new string[end - first];
        for (var k = first; k < end; k++) words[k - first] = w.Norm(k);
        return string.Join(' ', words);
    }

    /// <summary>
    /// "la nuit", "cette soirée": that part of the reference day ("pendant la nuit", "au cours de la soirée"), "la nuit
    /// dernière" too. Before "de" the model reads a day with it ("la nuit de mardi"): left to the model.
    /// </summary>
    private int? Tonight(int first, int end, string part)
    {
        if (w.Has(end) && w.Kind(end) == DateWordKind.Of) return Fail();
        return Checked(first, first, end, $"{Day(w.Reference)}T{part}", allowOf: true, allowDurationLead: true, allowSoftLead: true, pastAfter: true);
    }

    /// <summary>"ce mois" and, before a past word, "le mois" ("le mois dernier"): the reference month, as the model reads
    /// them (TemporalRepairs moves "le mois dernier" back a month). <paramref name="when"/> "past": only before a past word.</summary>
    private int? ThisMonth(int first, int end, string when)
    {
        if (when == "past" && !(w.Has(end) && w.Kind(end) is DateWordKind.Past or DateWordKind.Last)) return null;
        return Checked(first, first, end, w.Reference.ToString("yyyy-MM", CultureInfo.InvariantCulture), pastAfter: true);
    }

    /// <summary>"en trois jours", "en deux semaines", "en un mois": the day that long after the reference day.</summary>
    private int? Within(int lead)
    {
        var n = Count(lead + 1)!.Value;
        var day = Unit(lead + 2) switch
        {
            "D" => w.Reference.AddDays(n),
            "W" => w.Reference.AddDays(7 * n),
            _ => w.Reference.AddMonths(n),
        };
        return Checked(lead, lead, lead + 3, Day(day));
    }

    /// <summary>
    /// "en 24 heures", "en trois heures", "en 90 minutes": the reference day's midnight plus that long, to the second
    /// ("2016-12-07T00:00:00"), as the model reads it. "à" and a time after it are joined to it by the model and left to it.
    /// </summary>
    private int? WithinHours(int lead)
    {
        var n = Count(lead + 1)!.Value;
        if (w.Has(lead + 3) && w.Kind(lead + 3) == DateWordKind.RangeTo) return Fail();
        var start = w.Reference.Date;
        var time = TimeUnit(lead + 2) == "H" ? start.AddHours(n) : start.AddMinutes(n);
        return Checked(lead, lead, lead + 3, time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// "des semaines", "à l'heure actuelle": the model reads the time word alone as one of it (P1W, PT1H), whatever comes
    /// before; "des mois" as nothing.
    /// </summary>
    private int? Vague(int first, int end, string timex)
    {
        if (!Right(end, countAfter: false)) return Fail();
        if (timex.Length == 0) return end;
        var unit = first;
        while (w.Kind(unit) is not (DateWordKind.Unit or DateWordKind.TimeUnit or DateWordKind.ModelWord)) unit++;
        w.Add(unit, unit + 1, timex);
        return end;
    }

    /// <summary>
    /// "le premier jour", "en plein jour,", "de jour", "le même jour des combats": to the model a unit marked lone_unit is
    /// one of it, [jour] P1D, with a plain word (no "le", no determiner, no count), "de" or nothing before it, and a plain
    /// word, a sign, or "des" ("dès" to the model) and a plain word after it. Null elsewhere, where the unit is judged as
    /// before (<see cref="DateWindow.IsInert"/>): "le jour convenu" is nothing to it, "le jour de la trêve" one day,
    /// "jour dans" the next day, "jour et nuit" read with the night.
    /// </summary>
    private int? LoneUnit(int unit)
    {
        if (!w.Words.IsMarked(DateMark.LoneUnit, w.Norm(unit))) return null;
        var left = unit - 1;
        if (w.Has(left) && !(w.Kind(left) == DateWordKind.Of || (w.Kind(left) == DateWordKind.Plain && w.IsPlainNeighbour(left)))) return null;
        var right = unit + 1;
        var rightOk = w.IsPlainNeighbour(right) || (w.Kind(right) == DateWordKind.SoftLead && w.IsPlainNeighbour(right + 1));
        if (!rightOk) return null;
        w.Add(unit, right, $"P1{w.Value(unit)}");
        return right;
    }

    /// <summary>"auparavant" between plain words: PAST_REF to the model; after a length of time ("deux jours auparavant") a day, left to it.</summary>
    private int? PastRef(int i) => Checked(i, i, i + 1, w.Value(i));

    /// <summary>
    /// "fin jeudi", "fin jeudi 24 juillet (2015)", "fin hier": the last second of that day, "XXXX-WXX-4T23:59:59", over a
    /// span from the edge word (its value is the time). A part of the day, a past word, a time or a number after the day
    /// change it, and "ce" before it: left to the model.
    /// </summary>
    private int? EdgeOfDay(int edge)
    {
        var day = edge + 1;
        string date;
        int end;
        if (w.Kind(day) == DateWordKind.RelativeDay)
        {
            end = RelativeDayEnd(day);
            date = Day(w.Reference.AddDays(w.Number(day)));
        }
        else if (w.Has(day + 2) && Day(day + 1) is not null && w.Kind(day + 2) == DateWordKind.Month)
        {
            end = w.Year(day + 3) is null ? day + 3 : day + 4;
            date = TimexText.Day(w.Year(day + 3), MonthOf(day + 2), Day(day + 1)!.Value);
        }
        else
        {
            end = day + 1;
            date = WeekdayTimex(day);
        }
        return Checked(edge, edge, end, date + w.Value(edge));
    }

    /// <summary>
    /// "ces dernières semaines": the week up to the reference day, "(2016-11-29,2016-12-06,P1W)"; "derniers mois" the
    /// reference month; "dernières années" nothing; "dernières heures" the hour before the reference day's midnight.
    /// A count before it changes the length ("deux dernières semaines"); for hours see <see cref="RecentHours"/>.
    /// </summary>
    private int? Recent(int first, int end, string unit)
    {
        if (w.Has(first - 1) && (w.IsNumeric(first - 1) || w.Kind(first - 1) == DateWordKind.Count)) return Fail();
        var day = w.Reference;
        var timex = unit switch
        {
            "H" => HoursBeforeMidnight(1),
            "D" => $"({Day(day.AddDays(-1))},{Day(day)},P1D)",
            "W" => $"({Day(day.AddDays(-7))},{Day(day)},P1W)",
            "M" => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => null,
        };
        if (!Right(end, countAfter: false)) return Fail();
        if (timex is not null) w.Add(first, end, timex);
        return end;
    }

    /// <summary>
    /// "les 72 dernières heures": that many hours up to the reference day's midnight, read so by the model after any
    /// lead ("depuis", "durant", "dans les"); a count in words it passes over ("trois dernières heures" is one hour).
    /// </summary>
    private int? RecentHours(int count)
    {
        if (w.Words.Phrases.LongestAt(w.Text, count + 1, w.End) is not (int length, (DateWordKind.Recent, "H"))) return null;
        if ((w.Digits(count) ?? Thousands(count)) is not int n || n == 0) return null;
        var end = count + 1 + length;
        if (!Right(end, countAfter: false)) return Fail();
        w.Add(count, end, HoursBeforeMidnight(n));
        return end;
    }

    /// <summary>
    /// "24 heures sur 24" (around the clock): to the model the 24th of the month at that hour, XXXX-XX-24T00 (24 is 00),
    /// "8 heures sur 24" XXXX-XX-24T08. Null when the tokens from <paramref name="count"/> are no such phrase.
    /// </summary>
    private string? HoursOutOf24(int count)
    {
        if (!w.Has(count + 3) || TimeUnit(count + 1) != "H" || !w.Words.IsMarked(DateMark.OutOf, w.Norm(count + 2))) return null;
        if (w.Text.Tokens[count].Length > 2 || w.Digits(count) is not (int hour and >= 1 and <= 24)) return null;
        var tokenOf24 = w.Text.Tokens[count + 3];
        return tokenOf24.Length == 2 && w.Digits(count + 3) == 24 ? $"{hour % 24:D2}" : null;
    }

    private string HoursBeforeMidnight(int hours) =>
        $"({w.Reference.AddHours(-hours).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)},{Day(w.Reference)}T00:00:00,PT{hours}H)";

    /// <summary>
    /// "dans les heures" (qui viennent, suivantes): the first hour of the reference day, as the model reads it. A date
    /// word, lead or number before it changes the reading ("depuis dans les heures" is a "since") and is left to the model.
    /// "prochaines semaines": the week from the day after the reference day, see <see cref="NextWeeks"/>.
    /// </summary>
    private int? Upcoming(int first, int end, string unit)
    {
        if (unit == "W") return NextWeeks(first, end);
        if (unit != "H" || !Left(first) || !Right(end, countAfter: false)) return Fail();
        var day = Day(w.Reference);
        w.Add(first, end, $"({day}T00:00:00,{day}T01:00:00,PT1H)");
        return end;
    }

    /// <summary>
    /// "(dans) les prochaines semaines", "au cours des", "ces": the week from the day after the reference day,
    /// "(2016-12-07,2016-12-14,P1W)", whatever lead is before it. A number anywhere before it in the window makes the
    /// model read "semaines" alone, P1W ("un accord dans les prochaines semaines", "le 12 mars, dans les"); a count
    /// right before it ("deux prochaines semaines") is its length; "et mois" after it joins: all left to the model.
    /// </summary>
    private int? NextWeeks(int first, int end)
    {
        for (var k = w.First; k < first; k++)
            if (w.IsNumeric(k)) return Fail();
        var before = first - 1;
        if (w.Has(before) && !w.IsPlainNeighbour(before) && w.Kind(before) is not (DateWordKind.SoftLead or DateWordKind.LeadBlocker)) return Fail();
        if (!Right(end, countAfter: false)) return Fail();
        w.Add(first, end, $"({Day(w.Reference.AddDays(1))},{Day(w.Reference.AddDays(8))},P1W)");
        return end;
    }

    /// <summary>"depuis 2012", "depuis mars 2011", "depuis deux semaines", "depuis jeudi (soir)", "depuis avril".</summary>
    private int? Since(int i)
    {
        var next = i + 1;
        if (!w.Has(next)) return null;
        if (w.Year(next) is int year) return Checked(i, i, next + 1, TimexText.Year(year), "since");
        if (w.Kind(next) == DateWordKind.Edge && w.Has(next + 1)) return SinceEdge(i, next + 1);
        // "depuis le 18 février" is read as the day alone, with no "since".
        if (w.Kind(next) == DateWordKind.DayLead && w.Has(next + 1) && Day(next + 1) is not null) return DayMonth(next + 1, i);
        if (w.Kind(next) == DateWordKind.Month)
        {
            var monthYear = w.Year(next + 1);
            return Checked(i, i, monthYear is null ? next + 1 : next + 2, TimexText.Month(monthYear, MonthOf(next)), "since");
        }
        if (w.Kind(next) == DateWordKind.Weekday)
            return w.Has(next + 1) && w.Kind(next + 1) == DateWordKind.DayPart
                ? Checked(i, i, next + 2, string.Concat(WeekdayTimex(next), "T", w.Value(next + 1)), "since")
                : Checked(i, i, next + 1, WeekdayTimex(next), "since");
        return Count(next) is not null || Thousands(next) is not null ? Duration(next, i, "since") : null;
    }

    /// <summary>
    /// "depuis fin juillet", "depuis début 2015", "depuis fin juillet 2015": the month or year alone, with no "since", as
    /// the model reads them ("mars" alone it reads as nothing).
    /// </summary>
    private int? SinceEdge(int since, int i)
    {
        if (w.Year(i) is int year) return Checked(since, i, i + 1, TimexText.Year(year));
        if (w.Kind(i) != DateWordKind.Month) return null;
        if (w.Year(i + 1) is int y) return Checked(since, i, i + 2, TimexText.Month(y, MonthOf(i)));
        return Checked(since, i, i + 1, w.Words.IsMarked(DateMark.UnreadMonth, w.Norm(i)) ? null : TimexText.Month(null, MonthOf(i)));
    }

    /// <summary>"mardi", "ce mardi", "mardi soir", "mardi dernier", "mardi 5 avril (2015)"; <paramref name="lead"/> is "ce" when written.</summary>
    private int? Weekday(int i, int lead)
    {
        var next = i + 1;
        if (w.Has(next) && Day(next) is not null && IsMonth(next + 1)) return DayMonth(next, lead, i);
        if (w.Has(next) && w.Kind(next) == DateWordKind.Last)
        {
            var lastMonday = w.Reference.AddDays(-(((int)w.Reference.DayOfWeek + 6) % 7) - 7);
            return Checked(lead, i, next + 1, Day(lastMonday.AddDays(w.Number(i) - 1)), countAfter: true, allowSoftLead: true);
        }
        if (w.Has(next) && w.Kind(next) == DateWordKind.DayPart)
            return Checked(lead, i, next + 1, string.Concat(WeekdayTimex(i), "T", w.Value(next)), countAfter: true, allowSoftLead: true);
        if (AtClock(next) is var (time, end)) return Checked(lead, i, end, WeekdayTimex(i) + time, allowSoftLead: true);
        // "vendredi 07/03/2025": the model reads the date alone, over a span from the weekday.
        if (w.Has(next) && NumericDate(next) is { } date) return NumericDateAt(lead, i, next + 1, date);
        return DayRead(Checked(lead, i, next, WeekdayTimex(i), countAfter: true, allowSoftLead: true), next);
    }

    /// <summary>
    /// "le 14 mars", "1er mars 2015", "16 jan 2016"; the span starts at the weekday when one is written before, the
    /// check of the words before it at <paramref name="lead"/> ("ce", "le", or a slash: "©AFP / 22 mars 2018").
    /// </summary>
    private int? DayMonth(int day, int lead, int? weekday = null)
    {
        var month = day + 1;
        if (!IsMonth(month)) return null;
        var start = weekday ?? day;
        var year = w.Year(month + 1);
        var dateEnd = year is null ? month + 1 : month + 2;
        // "16 fév 2016": a month the model cannot name (0), and then no day or year either: XXXX-00-00.
        var date = MonthOf(month) == 0 ? "XXXX-00-00" : TimexText.Day(year, MonthOf(month), Day(day)!.Value);
        // "le 16 février (2016) à 10h59", "16 mars 2016 18h56": the model joins a time in "h" to the day ("le 5 mars à
        // 17 heures" it misreads, left to it).
        if (w.Has(dateEnd + 1) && w.Kind(dateEnd) == DateWordKind.RangeTo && HourMinutes(dateEnd + 1) is { } at)
            return Checked(lead, start, dateEnd + 2, date + at, allowSoftLead: true);
        if (year is not null && w.Has(dateEnd) && HourMinutes(dateEnd) is { } bare)
            return Checked(lead, start, dateEnd + 1, date + bare, allowSoftLead: true);
        // "12 déc. 2016, 14:25" (a dateline): the model reads the time into the date across the comma, and
        // RecognizersTemporalParser, which cuts a date at a comma, keeps the day alone; the time is read into nothing.
        if (year is not null && w.Has(dateEnd + 1) && w.Text.Tokens[dateEnd].Kind == Text.TokenKind.Punctuation
            && w.Norm(dateEnd) == "," && IsColonTime(dateEnd + 1))
            return Checked(lead, start, dateEnd, date, allowSoftLead: true) is null ? null
                : Right(dateEnd + 2, countAfter: false) ? dateEnd + 2 : Fail();
        return DayRead(Checked(lead, start, dateEnd, date, countAfter: true, allowSoftLead: true, pastAfter: year is null), dateEnd);
    }

    /// <summary>
    /// "les 26 et 27 octobre (2016)": to the model a range from the first day to the second, "(XXXX-10-26,XXXX-10-27,P1D)",
    /// with a past word after it passed over as after one day ("les 26 et 27 octobre derniers"). The days in order only
    /// (it counts "27 et 26" back, P-1D), and a month it can name (see <see cref="DayMonth"/>).
    /// </summary>
    private int? TwoDays(int first)
    {
        var month = first + 3;
        if (!w.Has(month) || !w.Words.IsMarked(DateMark.JoinsDays, w.Norm(first + 1)) || Day(first + 2) is not int last || !IsMonth(month) || MonthOf(month) == 0) return null;
        if (Day(first) is not int from || from >= last) return null;
        var year = w.Year(month + 1);
        var monthOf = TimexText.Month(year, MonthOf(month));
        var end = year is null ? month + 1 : month + 2;
        return Checked(first, first, end, $"({monthOf}-{from:D2},{monthOf}-{last:D2},P{last - from}D)", pastAfter: year is null);
    }

    /// <summary>"hier", "avant-hier", "aujourd'hui", maybe with a part of the day.</summary>
    private int? RelativeDay(int i)
    {
        var end = RelativeDayEnd(i);
        var offset = w.Number(i);
        if (w.Has(end) && w.Kind(end) == DateWordKind.DayPart)
        {
            // The model reads "hier soir" as this evening (TemporalRepairs moves it back a day), "avant-hier soir" right.
            if (offset == -1) offset = 0;
            return Checked(i, i, end + 1, $"{Day(w.Reference.AddDays(offset))}T{w.Value(end)}", countAfter: true, allowSoftLead: true);
        }
        if (AtClock(end) is var (time, timeEnd)) return Checked(i, i, timeEnd, Day(w.Reference.AddDays(offset)) + time, allowSoftLead: true);
        return DayRead(Checked(i, i, end, Day(w.Reference.AddDays(offset)), countAfter: true, allowSoftLead: true), end);
    }

    /// <summary>One past a relative day: the segmenter may cut "aujourd'hui" after the apostrophe.</summary>
    private int RelativeDayEnd(int i) =>
        w.Norm(i).EndsWith('\'') && w.Has(i + 1) && w.Text.Tokens[i + 1].Start == w.Text.Tokens[i].End ? i + 2 : i + 1;

    /// <summary>Notes where a day read alone ends (<see cref="_dayEnd"/>) and passes on its rule's result.</summary>
    private int? DayRead(int? next, int end)
    {
        if (next is not null) _dayEnd = end;
        return next;
    }

    /// <summary>
    /// "en fin de journée mardi 19 janvier": the model reads the phrase and the day after it as one range it cannot
    /// resolve, i.e. nothing (a weekday, with a part of the day or a day of a month and year, or a relative day).
    /// </summary>
    private int? HiddenDay(int first, int i)
    {
        if (!w.Words.IsMarked(DateMark.HidesDayAfter, Phrase(first, i)) || !Left(first) || !w.Has(i)) return Fail();
        var end = i + 1;
        if (w.Kind(i) == DateWordKind.Weekday && w.Has(end))
        {
            if (w.Kind(end) == DateWordKind.DayPart) end++;
            else if (w.Has(end + 1) && Day(end) is not null && w.Kind(end + 1) == DateWordKind.Month) end = w.Year(end + 2) is null ? end + 2 : end + 3;
        }
        else if (w.Kind(i) != DateWordKind.RelativeDay || w.Norm(i).EndsWith('\'')) return Fail();
        return Right(end, countAfter: false) ? end : Fail();
    }

    /// <summary>
    /// "mars 2011"; a month alone is left to TemporalRepairs, which reads it as the model does. "début février" and
    /// "fin 2015" are read as the month or year alone. Before "dernier" the model reads the month alone ("juillet
    /// dernier" XXXX-07, "mars dernier" nothing), and so does the grammar; TemporalRepairs joins "dernier" to it.
    /// </summary>
    private int? Month(int i)
    {
        var edge = AfterEdge(i);
        if (w.Year(i + 1) is int year) return Checked(edge ? i - 1 : i, i, i + 2, TimexText.Month(year, MonthOf(i)), allowLead: !edge);
        if (!LeftOf(edge ? i - 1 : i, allowLead: !edge, allowOf: false)) return Fail();
        if (!edge && w.Has(i + 1) && w.Kind(i + 1) == DateWordKind.Last)
        {
            if (!Right(i + 2, countAfter: false)) return Fail();
            if (!w.Words.IsMarked(DateMark.UnreadMonth, w.Norm(i))) w.Add(i, i + 1, TimexText.Month(null, MonthOf(i)));
            return i + 2;
        }
        // Before "avant", "et" or "après" the model reads the month alone ("en juillet avant de" XXXX-07), which the grammar
        // leaves to TemporalRepairs: that would change the reading's entry, so such windows stay the model's.
        if (w.Has(i + 1) && w.Kind(i + 1) is DateWordKind.Blocker or DateWordKind.DurationLead) return Fail();
        return Right(i + 1, countAfter: false) || (!edge && w.Has(i + 1) && w.Kind(i + 1) == DateWordKind.Past) ? i + 1 : Fail();
    }

    /// <summary>A month, or an abbreviated one before a year: "16 jan 2016" (alone the model reads it otherwise, left to it).</summary>
    private bool IsMonth(int token) =>
        w.Has(token) && (w.Kind(token) == DateWordKind.Month || (w.Kind(token) == DateWordKind.ShortMonth && w.Year(token + 1) is not null
            && w.Words.IsMarked(DateMark.ShortMonthAsWritten, w.Text.Text.Substring(w.Text.Tokens[token].Start, w.Text.Tokens[token].Length))));

    /// <summary>
    /// A slash before a date, with no number before it: "(©AFP / 22 mars 2018 18h56)", "AFP / mardi". The model reads
    /// the date as if the slash were not there; the words before the slash are checked as the date's left side.
    /// </summary>
    private bool AfterSlash(int token) =>
        w.Has(token - 1) && IsChar(token - 1, '/')
        && !(w.Has(token - 2) && w.IsNumeric(token - 2));

    /// <summary>
    /// "2016-1-15", "2013-01-15": a date written year first, in five tokens with nothing between them (a month up to 12,
    /// a day up to 31), that day to the model. "le" or a weekday before it, or a time after it, are left to the model.
    /// </summary>
    private string? IsoDate(int token)
    {
        if (w.Year(token) is not int year || !w.Has(token + 4)) return null;
        for (var k = token; k < token + 4; k++)
            if (w.Text.Tokens[k].End != w.Text.Tokens[k + 1].Start) return null;
        if (!IsDash(token + 1) || !IsDash(token + 3)) return null;
        if (w.Text.Tokens[token + 2].Length > 2 || w.Digits(token + 2) is not int month || month is < 1 or > 12) return null;
        if (w.Text.Tokens[token + 4].Length > 2 || w.Digits(token + 4) is not int day || day is < 1 or > 31) return null;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    private bool IsDash(int token) => IsChar(token, '-');

    /// <summary>Whether a token is this one character alone.</summary>
    private bool IsChar(int token, char c) => w.Text.Tokens[token].Length == 1 && w.Text.Text[w.Text.Tokens[token].Start] == c;

    private bool AfterEdge(int token) => w.Has(token - 1) && w.Kind(token - 1) == DateWordKind.Edge;

    /// <summary>
    /// "trois jours" (P3D), "plusieurs mois" (P3M), "quelques heures" (PT3H), "1.000 ans" (P1000Y); with "depuis" before
    /// it, read from then.
    /// Hours or minutes with a number are a time of day to the model ("trois heures" T03): only a vague count is read.
    /// </summary>
    private int? Duration(int count, int lead, string? mod)
    {
        if (!w.Has(count + 1) || (Count(count) ?? Thousands(count)) is not int n) return null;
        // "depuis 1.000 années": nothing to the model, unlike "depuis trois années" to the grammar (see UnreadCount).
        if (Count(count) is null && w.Words.IsMarked(DateMark.UnreadCountUnit, w.Norm(count + 1))) return Fail();
        var timex = Unit(count + 1) is { } unit ? $"P{n}{unit}"
            : TimeUnit(count + 1) is { } timeUnit && w.Kind(count) == DateWordKind.Count ? $"PT{n}{timeUnit}"
            : null;
        return timex is null ? null : Checked(lead, lead, count + 2, timex, mod, allowOf: mod is null, allowDurationLead: mod is null, durationLeadAfter: mod is null);
    }

    /// <summary>
    /// A figure that could be a day of the month, before a unit: "7 jours", "13 ans", read as the model reads the same
    /// count in words. For months before "a été" ("3 mois a été rejetée", "été" read as summer) the model reads nothing
    /// though the grammar reads the count in words (kept so for the outputs' sake): the window goes to the model.
    /// </summary>
    private bool FigureCount(int count)
    {
        if (!w.Has(count + 1) || Unit(count + 1) is not { } unit || w.Kind(count) == DateWordKind.FirstDay) return false;
        if (unit == "M" && w.Has(count + 3) && w.Words.IsMarked(DateMark.MisreadAfterMonths, $"{w.Norm(count + 2)} {w.Norm(count + 3)}"))
            return Fail() is not null;
        return true;
    }

    /// <summary>
    /// "de 20 heures à 6 heures du matin" (from 13 to 23 hours, to 1 to 13 "du matin"): to the model a range of the
    /// reference day from the first hour to the second taken on a twelve-hour clock (12 is 00, 13 is 01), with an empty
    /// length, "(2016-12-06T20,2016-12-06T06,PT)". From an hour before noon it computes a length, "du soir" it reads
    /// otherwise: left to it. One past the phrase when read.
    /// </summary>
    private int? EveningToMorning(int of)
    {
        if (!w.Has(of + 7) || w.Kind(of + 3) != DateWordKind.RangeTo || TimeUnit(of + 2) != "H" || TimeUnit(of + 5) != "H"
            || !w.Words.IsMarked(DateMark.MorningAfterHours, Phrase(of + 6, of + 8))) return null;
        if (Count(of + 1) is not int from || from is < 13 or > 23 || Count(of + 4) is not int to || to is < 1 or > 13) return null;
        var day = Day(w.Reference);
        return Checked(of, of, of + 8, $"({day}T{from:D2},{day}T{to % 12:D2},PT)");
    }

    /// <summary>
    /// "de juin à octobre (2017)": to the model the first month alone, from "de", "[de juin] XXXX-06" ("mars" too, "de mars
    /// à mai"); before "mars" as the second month it reads the year apart, left to it. One past the range when read.
    /// </summary>
    private int? MonthToMonth(int of)
    {
        if (!w.Has(of + 3) || w.Kind(of + 1) != DateWordKind.Month || w.Kind(of + 2) != DateWordKind.RangeTo
            || w.Kind(of + 3) != DateWordKind.Month || w.Words.IsMarked(DateMark.UnreadMonth, w.Norm(of + 3))) return null;
        var end = w.Year(of + 4) is null ? of + 4 : of + 5;
        // "et" and a plain word after the range, as after a date ("de mars à mai 2015 et menée").
        var rightOk = w.Has(end) && w.Kind(end) == DateWordKind.Blocker ? w.IsPlainNeighbour(end + 1) : Right(end, countAfter: false);
        if (!Left(of) || !rightOk) return Fail();
        w.Add(of, of + 2, $"XXXX-{MonthOf(of + 1):D2}");
        return end;
    }

    /// <summary>
    /// A count of hours after "de" ("une trêve de 12 heures", "en moins de 48 heures"), in words or figures; a vague
    /// count ("de quelques heures") is a length, read by <see cref="Duration"/>.
    /// </summary>
    private int? OfHours(int count) =>
        w.Has(count + 1) && TimeUnit(count + 1) == "H" && w.Kind(count) != DateWordKind.Count && w.Has(count - 1) && w.Kind(count - 1) == DateWordKind.Of
            ? Count(count) ?? Thousands(count)
            : null;

    /// <summary>
    /// "de 12 heures" is a time of day to the model, T12 (24 is T00), "de 48 heures" a length, PT48H. Before "de" a plain
    /// word or "plus" only ("le 3 mars de 48 heures" it reads as 1948); after it a number ("24 heures sur 24"), a date
    /// word, "du matin", "et demie" or "à 20 heures" change the reading and are left to the model.
    /// </summary>
    private int? CountOfHours(int count, int hours)
    {
        var before = count - 2;
        if (w.Has(before) && !w.IsPlainNeighbour(before) && w.Kind(before) != DateWordKind.Blocker) return Fail();
        var next = count + 2;
        if (w.Has(next + 1) && w.IsNumeric(next + 1)) return Fail();
        var rightOk = !w.Has(next) || w.Kind(next) switch
        {
            // "a été" folds as "à été"; "des" as "dès".
            DateWordKind.RangeTo or DateWordKind.SoftLead => w.IsPlainNeighbour(next + 1),
            // "12 heures et demie" T12:30.
            DateWordKind.DayLead or DateWordKind.Blocker => false,
            _ => Right(next, countAfter: false),
        };
        if (!rightOk) return Fail();
        w.Add(count, next, hours <= 24 ? $"T{hours % 24:D2}" : $"PT{hours}H");
        return next;
    }

    /// <summary>
    /// A figure that could be a day of the month, or one in thousands ("1.000"), before a unit the model reads nothing
    /// in after a count: "après 13 années de guerre", "plus de 1.000 années". (A count in words or a figure from 32 to
    /// 999 there the grammar reads as a length, "trois années" P3Y, unlike the model: kept so for the outputs' sake.)
    /// </summary>
    private bool UnreadCount(int count) =>
        w.Has(count + 1) && Unit(count + 1) is not null && w.Kind(count) != DateWordKind.FirstDay
        && (Day(count) is not null || Thousands(count) is not null) && w.Words.IsMarked(DateMark.UnreadCountUnit, w.Norm(count + 1));

    /// <summary>
    /// Adds the reading of [start, end) (none when <paramref name="timex"/> is null: the model reads nothing there) when the words around [lead, end) leave it as it is. The model leaves out a
    /// soft lead before the date with <paramref name="allowSoftLead"/> ("dès jeudi soir"), "après" and a plain word after
    /// it with <paramref name="durationLeadAfter"/> ("trois jours après la chute"), and a past word after it with
    /// <paramref name="pastAfter"/> ("le 5 mars dernier"; TemporalRepairs joins the past word): then the reading ends
    /// before them, and the past word is passed over.
    /// </summary>
    private int? Checked(int lead, int start, int end, string? timex, string? mod = null, bool allowLead = false, bool allowOf = false,
        bool countAfter = false, bool allowDurationLead = false, bool allowSoftLead = false, bool durationLeadAfter = false, bool pastAfter = false)
    {
        var durationLead = allowDurationLead && w.Has(lead - 1) && w.Kind(lead - 1) == DateWordKind.DurationLead;
        var softLead = allowSoftLead && w.Has(lead - 1) && w.Kind(lead - 1) == DateWordKind.SoftLead;
        if (!(durationLead || softLead || LeftOf(lead, allowLead, allowOf || allowLead))) return Fail();
        var next = end;
        if (pastAfter && w.Has(end) && w.Kind(end) is DateWordKind.Past or DateWordKind.Last) next = end + 1;
        var rightOk = durationLeadAfter && w.Has(end) && w.Kind(end) == DateWordKind.DurationLead
            ? w.IsPlainNeighbour(end + 1)
            : Right(next, next == end && countAfter);
        if (!rightOk) return Fail();
        if (timex is not null) w.Add(start, end, timex, mod);
        return next;
    }

    /// <summary>Before a bare year, a word the model may read into it ("16 fév 2016"): only "en", "de" or a sign are safe.</summary>
    private bool AfterLeadOrSign(int token) => !w.Has(token - 1) || w.Kind(token - 1) is DateWordKind.PlainLead or DateWordKind.Of
        || w.Text.Tokens[token - 1].Kind is Text.TokenKind.Punctuation;

    private bool Left(int token) => LeftOf(token, allowLead: false, allowOf: false);

    private bool LeftOf(int token, bool allowLead, bool allowOf)
    {
        var left = token - 1;
        if (!w.Has(left)) return true;
        return w.Kind(left) switch
        {
            DateWordKind.PlainLead => allowLead,
            DateWordKind.Of => allowOf,
            DateWordKind.Blocker or DateWordKind.LeadBlocker or DateWordKind.SoftLead or DateWordKind.Approx or DateWordKind.Edge
                or DateWordKind.DayLead or DateWordKind.DurationLead => false,
            _ => w.IsPlainNeighbour(left),
        };
    }

    /// <summary>
    /// Whether the token after a date leaves it as it is; "le", "du" only when no number follows them. With
    /// <paramref name="countAfter"/>, a number after the date is a count, as in "ont tué mardi 12 civils": the grammar
    /// reads it so on purpose where the model reads it into the date ("mardi 12", "le 5 avril 45" as 1945,
    /// "mardi matin trois" as three o'clock, "sept" as September) and loses the count. Elsewhere a number after a
    /// date is left to the model.
    /// </summary>
    private bool Right(int token, bool countAfter)
    {
        if (!w.Has(token)) return true;
        if (NumericDate(token) is not null) return false;
        if (w.IsNumeric(token)) return countAfter;
        return w.Kind(token) switch
        {
            DateWordKind.DayLead => !(w.Has(token + 1) && w.IsNumeric(token + 1)),
            DateWordKind.LeadBlocker or DateWordKind.SoftLead or DateWordKind.Approx or DateWordKind.Edge => true,
            // "jeudi et a repris", "en mars 2016 avant de": before a plain word the model does not join the date to what
            // follows, nor before "après" (a date after it checks its own left side); after a range ("de juin 2016 à
            // octobre 2017 et") it reads otherwise.
            DateWordKind.Blocker => w.IsPlainNeighbour(token + 1) && !RangeBefore(token),
            DateWordKind.DurationLead => !RangeBefore(token),
            _ => w.IsPlainWordOrSign(token),
        };
    }

    /// <summary>Whether "à" (folded as the verb "a" is) and a month, weekday or number come before the token: "à octobre 2017".</summary>
    private bool RangeBefore(int token)
    {
        for (var k = w.First; k + 1 < token; k++)
            if (w.Kind(k) == DateWordKind.RangeTo && (w.Kind(k + 1) is DateWordKind.Month or DateWordKind.Weekday || w.IsNumeric(k + 1))) return true;
        return false;
    }

    private int? Fail()
    {
        Failed = true;
        return null;
    }

    /// <summary>
    /// A date written in figures, day first, as one token: "07/03/2025", "7/3/2025" (2025-03-07); a year of four
    /// figures, 1900-2099, a day up to 31 and a month up to 12 only (the model reads "07/13/2025" month first).
    /// </summary>
    private string? NumericDate(int token)
    {
        var t = w.Text.Tokens[token];
        if (t.Kind != Text.TokenKind.Number || t.Length is < 8 or > 10) return null;
        var parts = w.Text.Text.AsSpan(t.Start, t.Length);
        var first = parts.IndexOf('/');
        var second = first < 0 ? -1 : parts[(first + 1)..].IndexOf('/') + first + 1;
        if (first is < 1 or > 2 || second - first is < 2 or > 3 || parts.Length - second != 5) return null;
        if (!int.TryParse(parts[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[(first + 1)..second], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && year is >= 1900 and <= 2099 ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    /// <summary>
    /// A numeric date from <paramref name="start"/> (its weekday, or itself) to the date token after it: the model
    /// reads it alone after "le" or "du", and before a dash or colon with a plain word, an article and a plain word, or
    /// nothing after it ("07/03/2025 - Une ONG"); a number after such a sign, or a date word beside it, is left to the model.
    /// </summary>
    private int? NumericDateAt(int lead, int start, int end, string date)
    {
        if (lead == start && w.Has(lead - 1) && w.Kind(lead - 1) == DateWordKind.DayLead) lead--;
        if (!LeftOf(lead, allowLead: false, allowOf: false)) return Fail();
        var right = Right(end, countAfter: false)
            || (w.IsTimeSign(end) && (w.IsPlainNeighbour(end + 1) || (w.Words.Numbers.IsArticle(w.Norm(end + 1))
                && w.Has(end + 2) && w.Text.Tokens[end + 2].Kind == Text.TokenKind.Word && w.IsPlainNeighbour(end + 2))));
        if (!right) return Fail();
        w.Add(start, end, date);
        // The sign is passed over: the article after it is then judged as after a date.
        return w.Has(end) && w.IsTimeSign(end) ? end + 1 : end;
    }

    /// <summary>A day of the month: "14", "1er".</summary>
    private int? Day(int token) =>
        w.Kind(token) == DateWordKind.FirstDay ? (int?)w.Number(token)
        : w.Text.Tokens[token].Length <= 2 && w.Digits(token) is int d and >= 1 and <= 31 ? d : null;

    /// <summary>
    /// "7 heures", "17 heures": a time of day to the model, T07, T17 (in figures, up to 23; "24 heures" and "sept
    /// heures" are left to it). Null when the tokens from <paramref name="token"/> are no such time.
    /// </summary>
    private string? Clock(int token) =>
        w.Has(token + 1) && w.Text.Tokens[token].Length <= 2 && w.Digits(token) is int hour and <= 23 && TimeUnit(token + 1) == "H"
            ? $"T{hour:D2}"
            : null;

    /// <summary>"à 7 heures" after a day: the time the model joins to it ("lundi à 7 heures" XXXX-WXX-1T07).</summary>
    private (string Time, int End)? AtClock(int token)
    {
        if (!w.Has(token + 1) || w.Kind(token) != DateWordKind.RangeTo) return null;
        if (HourMinutes(token + 1) is { } at) return (at, token + 2);
        return w.Has(token + 2) && Clock(token + 1) is { } time ? (time, token + 3) : null;
    }

    /// <summary>"14:25", "9:05": a time of day in one token (hours up to 23).</summary>
    private bool IsColonTime(int token)
    {
        var t = w.Text.Tokens[token];
        if (t.Kind != Text.TokenKind.Number || t.Length is < 4 or > 5) return false;
        var s = w.Text.Text.AsSpan(t.Start, t.Length);
        var colon = s.IndexOf(':');
        return colon == s.Length - 3 && int.TryParse(s[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour <= 23
            && int.TryParse(s[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute <= 59;
    }

    /// <summary>"10h59", "9h05", "10h": that time of day to the model, T10:59, T09:05, T10 (hours up to 23).</summary>
    private string? HourMinutes(int token)
    {
        var t = w.Text.Tokens[token];
        if (t.Kind != Text.TokenKind.Number || t.Length is < 2 or > 5) return null;
        var s = w.Text.Text.AsSpan(t.Start, t.Length);
        var h = s.IndexOfAny('h', 'H');
        if (h is < 1 or > 2 || !(s.Length - h is 1 or 3)) return null;
        if (!int.TryParse(s[..h], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23) return null;
        if (s.Length - h == 1) return $"T{hour:D2}";
        return int.TryParse(s[(h + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute <= 59
            ? $"T{hour:D2}:{minute:D2}" : null;
    }

    /// <summary>How many a duration counts: "3", "trois", "un", "plusieurs" (3 to the model).</summary>
    private int? Count(int token)
    {
        if (w.Kind(token) == DateWordKind.Count) return w.Number(token);
        if (w.Text.Tokens[token].Length <= 3 && w.Digits(token) is int d) return d;
        return w.Words.Numbers.Value(w.Norm(token)) is double v && v < 1000 ? (int)v : null;
    }

    /// <summary>
    /// A figure in thousands, "1.000", "12 000", "1.000.000" (groups of three after a dot or a space): the model reads
    /// it as that whole number before a unit, "1.000 ans" P1000Y. Only lengths take it: no day is counted that far back
    /// or ahead ("il y a 3.000 ans" is before year 1).
    /// </summary>
    private int? Thousands(int token)
    {
        var t = w.Text.Tokens[token];
        if (t.Kind != Text.TokenKind.Number || t.Length is < 5 or > 11) return null;
        var s = w.Text.Text.AsSpan(t.Start, t.Length);
        var lead = s.IndexOfAny(ThousandsSeparators);
        if (lead is < 1 or > 3 || (s.Length - lead) % 4 != 0) return null;
        var value = 0;
        for (var k = 0; k < s.Length; k++)
        {
            var isSeparator = k >= lead && (k - lead) % 4 == 0;
            if (isSeparator ? !ThousandsSeparators.Contains(s[k]) : !char.IsAsciiDigit(s[k])) return null;
            if (!isSeparator) value = value * 10 + (s[k] - '0');
        }
        return value;
    }

    private static readonly System.Buffers.SearchValues<char> ThousandsSeparators = System.Buffers.SearchValues.Create(".\u00A0\u202F ");

    private string? Unit(int token) => w.Kind(token) == DateWordKind.Unit ? w.Value(token) : null;

    private string? TimeUnit(int token) => w.Kind(token) == DateWordKind.TimeUnit ? w.Value(token) : null;

    private int MonthOf(int token) => w.Number(token);

    private string WeekdayTimex(int token) => TimexText.Weekday(w.Number(token));

    private static string Day(System.DateTime day) => DayText.Of(day);
}

