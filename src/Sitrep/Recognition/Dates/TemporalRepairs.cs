using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Repairs what the French date model gets wrong, and joins a trailing "dernier(s)" to the date:
/// it reads "le mois de juillet dernier" as "le mois" (this month) plus "de juillet", "le mois dernier"
/// as this month, "hier soir" as this evening, "2000 personnes" as the year 2000, and misses
/// "au mois de mars" and a bare "en mars".
/// </summary>
public sealed partial class TemporalRepairs(DateCues cues)
{
    /// <summary>Repairs the matches of one sentence, in text order, in place.</summary>
    /// <param name="namesMonth">Whether the sentence names a month (<see cref="CueWindows.Windows.NamesMonth"/>): only then
    /// is it walked again for month names the model left out.</param>
    public void Apply(AnalyzedText text, Sentence sentence, List<TemporalMatch> matches, bool namesMonth)
    {
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
            if (!IsCountReadAsYear(text, sentence, matches[i])) matches[kept++] = matches[i];
        matches.RemoveRange(kept, matches.Count - kept);
        JoinMonthWordToMonth(text, sentence, matches);
        if (namesMonth) AddMissedMonthNames(text, sentence, matches);
        matches.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = 0; i < matches.Count; i++)
            matches[i] = JoinPastWord(text, sentence, ShiftRelativeDay(text, sentence, matches[i]));
    }

    /// <summary>"hier soir": the day "hier" names, keeping the time of day the model read.</summary>
    private TemporalMatch ShiftRelativeDay(AnalyzedText text, Sentence sentence, TemporalMatch match)
    {
        var (first, end) = TokenSearch.InsideRange(text, sentence, match.Span);
        if (first == end || cues.RelativeDay(text.Word(first)) is not int offset || text.Document.Published?.AsDate is not DateOnly published)
            return match;
        var shifted = published.AddDays(offset);
        // A TIMEX that starts with the day names it already, whatever follows (the grammar reads "hier" so): no regex
        // and no string for nearly every such match.
        Span<char> written = stackalloc char[DayText.Length];
        DayText.Write(shifted, written);
        if (match.Timex.AsSpan().StartsWith(written)) return match;
        var dated = DatedDay().Match(match.Timex);
        if (!dated.Success) return match;
        var day = DayText.Of(shifted);
        return day == dated.Groups[1].Value ? match : match with { Timex = day + dated.Groups[2].Value, Entry = $"{match.Entry}; day of \"{text.Surface(first)}\"" };
    }

    /// <summary>
    /// A bare four-digit number is a year after "en", "depuis"... or before punctuation ("en 2014", "2014,"),
    /// and a count before a word ("soit 2000 personnes", "environ 2000 manifestants": the model may take the
    /// approximation word into the match).
    /// </summary>
    private bool IsCountReadAsYear(AnalyzedText text, Sentence sentence, TemporalMatch match)
    {
        if (!IsBareYear(match.Timex)) return false;
        var (first, end) = TokenSearch.InsideRange(text, sentence, match.Span);
        if (end - first is 0 or > 2 || !text.Text.AsSpan(text.Tokens[end - 1].Start, text.Tokens[end - 1].Length).SequenceEqual(match.Timex)) return false;
        if (end - 1 > sentence.FirstToken && cues.IsYearLead(text.Word(end - 2))) return false;
        var next = TokenSearch.Following(text, sentence, match.Span);
        return next >= 0 && text.Tokens[next].Kind == TokenKind.Word;
    }

    /// <summary>"le mois" + "de juillet" → one match for July.</summary>
    private void JoinMonthWordToMonth(AnalyzedText text, Sentence sentence, List<TemporalMatch> matches)
    {
        // In place: a match is written back at or before where it was read.
        var joined = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var current = matches[i];
            if (i + 1 < matches.Count && EndsWithMonthWord(text, sentence, current)
                && YearlessMonth().IsMatch(matches[i + 1].Timex) && TokenSearch.IsBlank(text.Text, current.Span.End, matches[i + 1].Span.Start))
            {
                var month = matches[++i];
                current = month with { Span = TextSpan.FromBounds(current.Span.Start, month.Span.End) };
            }
            matches[joined++] = current;
        }
        matches.RemoveRange(joined, matches.Count - joined);
    }

    /// <summary>A month name the model left out ("au mois de mars") is a month all the same.</summary>
    private void AddMissedMonthNames(AnalyzedText text, Sentence sentence, List<TemporalMatch> matches)
    {
        // Taken at the first month name: most sentences with a date name no month.
        SpanIndex? matched = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (cues.Month(text.Word(i)) is not { } row) continue;
            var span = new TextSpan(text.Tokens[i].Start, text.Tokens[i].Length);
            if (matched is null)
            {
                matched = SpanIndex.Take();
                foreach (var m in matches) matched.Add(m.Span);
            }
            if (matched.Overlaps(span)) continue;
            var month = int.Parse(row["value"], CultureInfo.InvariantCulture);
            matches.Add(new TemporalMatch(span, TimexText.Month(null, month), null, row.Citation));
            matched.Add(span);
        }
        if (matched is not null) SpanIndex.Return(matched);
    }

    /// <summary>
    /// "octobre derniers", "le mois dernier": the past word joins the match; after a bare month word,
    /// whose TIMEX the model gave as the reference month, it also moves the month one back.
    /// </summary>
    private TemporalMatch JoinPastWord(AnalyzedText text, Sentence sentence, TemporalMatch match)
    {
        var next = TokenSearch.Following(text, sentence, match.Span);
        if (next < 0 || !cues.IsPast(text.Word(next))) return match;
        var extended = match with { Span = TextSpan.FromBounds(match.Span.Start, text.Tokens[next].End) };
        var concrete = DatedMonth().Match(match.Timex);
        if (!concrete.Success || !EndsWithMonthWord(text, sentence, match)) return extended;
        var previous = new DateOnly(int.Parse(concrete.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(concrete.Groups[2].Value, CultureInfo.InvariantCulture), 1).AddMonths(-1);
        return extended with { Timex = previous.ToString("yyyy-MM", CultureInfo.InvariantCulture), Entry = $"{match.Entry}; previous month" };
    }

    private bool EndsWithMonthWord(AnalyzedText text, Sentence sentence, TemporalMatch match)
    {
        var (first, end) = TokenSearch.InsideRange(text, sentence, match.Span);
        return end > first && cues.Unit(text.Word(end - 1)) == TimeUnit.Month;
    }

    /// <summary>
    /// What the regex ^\d{4}$ matched, read in place: asked of every match, where the regex engine was most of the
    /// question. Four decimal digits (\d: any of Unicode's), maybe a final line feed, which $ allows.
    /// </summary>
    private static bool IsBareYear(string timex) =>
        (timex.Length == 4 || timex.Length == 5 && timex[4] == '\n')
        && char.IsDigit(timex[0]) && char.IsDigit(timex[1]) && char.IsDigit(timex[2]) && char.IsDigit(timex[3]);

    [GeneratedRegex(@"^XXXX-\d\d$", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex YearlessMonth();

    [GeneratedRegex(@"^(\d{4})-(\d\d)$", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex DatedMonth();

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d)(T.*)?$", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex DatedDay();
}
