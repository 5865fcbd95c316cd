using System.Globalization;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

public enum TimeUnit { Week, Month, Year }

public static class TimeUnitPrecision
{
    /// <summary>The best time_precision (EVENTS.md) a phrase naming this unit can have: 2 within a week, 3 month or vaguer.</summary>
    public static int Precision(this TimeUnit unit) => unit == TimeUnit.Week ? 2 : 3;
}

/// <summary>
/// The words of <c>date_cues.tsv</c>, keyed by their folded form: which tokens may start a date,
/// and the month, past, unit and relative-day words the date rules read.
/// </summary>
public sealed class DateCues
{
    private readonly Dictionary<string, TsvRow> _rows;
    private readonly WordTable<string> _kinds;
    // Every token of every text is asked for (is it a cue, a month): its kind is remembered with the word.
    private readonly WordAnswers<string?> _kindsOfWords;

    private DateCues(Dictionary<string, TsvRow> rows)
    {
        _rows = rows;
        _kinds = new WordTable<string>(rows.Select(r => KeyValuePair.Create(r.Key, r.Value["kind"])));
        _kindsOfWords = new WordAnswers<string?>(KindOf);
    }

    public static DateCues Load(string language)
    {
        var file = Path.Combine(ResourcePaths.Language(language), "date_cues.tsv");
        var rows = new Dictionary<string, TsvRow>();
        foreach (var row in TsvFile.Read(file, $"{language}/date_cues.tsv"))
            rows[TextNormalizer.Normalize(row["word"])] = row;
        return new DateCues(rows);
    }

    /// <summary>A token worth handing to the date model: a listed word, or a four-digit year.</summary>
    public bool IsCue(WordMemo word) => _kindsOfWords.Of(word) is { } kind ? kind != "year_lead" : IsYear(word.Norm);

    /// <summary>A word that makes the bare number after it a year: "en 2014", "l'année 2014".</summary>
    public bool IsYearLead(string norm) => KindOf(norm) == "year_lead" || Unit(norm) == TimeUnit.Year;

    public bool IsPast(string norm) => KindOf(norm) == "past";

    public TsvRow? Month(WordMemo word) => _kindsOfWords.Of(word) == "month" ? _rows[word.Norm] : null;

    /// <summary>Days from the publication day that "hier" (-1) or "aujourd'hui" (0) names.</summary>
    public int? RelativeDay(string norm) =>
        KindOf(norm) == "relative_day" ? int.Parse(_rows[norm]["value"], CultureInfo.InvariantCulture) : null;

    public TimeUnit? Unit(string norm) =>
        KindOf(norm) == "unit" ? Enum.Parse<TimeUnit>(_rows[norm]["value"], ignoreCase: true) : null;

    private string? KindOf(string norm) => _kinds.GetValueOrDefault(norm);

    // Asked of every four-letter word that is no cue ("dans", "pour"): the first character turns nearly all away
    // before the parser, which reads ASCII digits only, is asked.
    private static bool IsYear(string norm) =>
        norm.Length == 4 && char.IsAsciiDigit(norm[0])
        && int.TryParse(norm, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099;
}
