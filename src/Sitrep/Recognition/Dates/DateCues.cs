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
    private readonly WordTable<Entry> _entries;
    // Every token of every text is asked for (is it a cue, a month), and the tokens of every date for their unit,
    // relative day or past word: what the list says of a word, or that it is a year, is remembered with the word.
    private readonly WordAnswers<Entry?> _entriesOfWords;

    private DateCues(Dictionary<string, TsvRow> rows)
    {
        _entries = new WordTable<Entry>(rows.Select(r => KeyValuePair.Create(r.Key, Entry.Of(r.Value))));
        _entriesOfWords = new WordAnswers<Entry?>(norm => _entries.GetValueOrDefault(norm) ?? (IsYear(norm) ? Entry.Year : null));
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
    public bool IsCue(WordMemo word) => EntryOf(word) is { } entry && entry.Kind != "year_lead";

    /// <summary>A word that makes the bare number after it a year: "en 2014", "l'année 2014".</summary>
    public bool IsYearLead(WordMemo word) => EntryOf(word) is { } entry && (entry.Kind == "year_lead" || entry.Unit == TimeUnit.Year);

    public bool IsPast(WordMemo word) => EntryOf(word)?.Kind == "past";

    public TsvRow? Month(WordMemo word) => EntryOf(word) is { Kind: "month" } entry ? entry.Row : null;

    /// <summary>Days from the publication day that "hier" (-1) or "aujourd'hui" (0) names.</summary>
    public int? RelativeDay(WordMemo word) => EntryOf(word)?.RelativeDay;

    public TimeUnit? Unit(WordMemo word) => EntryOf(word)?.Unit;

    private Entry? EntryOf(WordMemo word) => _entriesOfWords.Of(word);

    // Asked of every four-letter word that is no cue ("dans", "pour"), once per word: the first character turns nearly
    // all away before the parser, which reads ASCII digits only, is asked.
    private static bool IsYear(string norm) =>
        norm.Length == 4 && char.IsAsciiDigit(norm[0])
        && int.TryParse(norm, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099;

    /// <summary>A listed word's row, kind and value read once (<see cref="Year"/>: no row, a year).</summary>
    private sealed class Entry(string? kind, TsvRow? row, int? relativeDay, TimeUnit? unit)
    {
        public static readonly Entry Year = new(null, null, null, null);

        public string? Kind { get; } = kind;
        public TsvRow? Row { get; } = row;
        public int? RelativeDay { get; } = relativeDay;
        public TimeUnit? Unit { get; } = unit;

        public static Entry Of(TsvRow row)
        {
            var kind = row["kind"];
            return new Entry(kind, row,
                kind == "relative_day" ? int.Parse(row["value"], CultureInfo.InvariantCulture) : null,
                kind == "unit" ? Enum.Parse<TimeUnit>(row["value"], ignoreCase: true) : null);
        }
    }
}
