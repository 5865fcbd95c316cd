using System.Globalization;
using Sitrep.Recognition.Numbers;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>What the date grammar knows of a word.</summary>
public enum DateWordKind
{
    Plain, This, DayPart, FirstDay, Count, Unit, TimeUnit, Since, Ago, Night, PartOfDay, Tonight, ThisMonth, Vague, Recent, Pronoun, RangeTo, Week,
    PlainLead, Of, Last, Determiner, Inert, DayLead, SoftLead, Approx, LeadBlocker, Edge, Blocker, DurationLead, ModelWord,
    // From date_cues.tsv:
    Month, Weekday, Past, RelativeDay, Cue,
}

/// <summary>
/// The words of <c>date_grammar.tsv</c> over those of <c>date_cues.tsv</c> (a word listed in both takes its grammar
/// kind), and the phrases ("il y a", "la semaine dernière"), all keyed by their folded form.
/// </summary>
public sealed class DateWords
{
    private readonly Dictionary<string, (DateWordKind Kind, string Value)> _words;
    private readonly HashSet<string> _unreadMonths;

    private DateWords(Dictionary<string, (DateWordKind, string)> words, HashSet<string> unreadMonths, PhraseTable<(DateWordKind, string)> phrases,
        NumberWords numbers)
    {
        _words = words;
        _unreadMonths = unreadMonths;
        Phrases = phrases;
        Numbers = numbers;
    }

    /// <summary>The multi-word entries; the value is the entry's kind and value.</summary>
    public PhraseTable<(DateWordKind Kind, string Value)> Phrases { get; }

    public NumberWords Numbers { get; }

    public static DateWords Load(string language, NumberWords numbers)
    {
        var words = new Dictionary<string, (DateWordKind, string)>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(Path.Combine(ResourcePaths.Language(language), "date_cues.tsv"), $"{language}/date_cues.tsv"))
            if (CueKind(row["kind"]) is { } kind) words[TextNormalizer.Normalize(row["word"])] = (kind, row["value"]);
        var phrases = new PhraseTable<(DateWordKind, string)>();
        var unreadMonths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(Path.Combine(ResourcePaths.Language(language), "date_grammar.tsv"), $"{language}/date_grammar.tsv"))
        {
            // A month keeps its kind: the row only says the model reads nothing in it alone.
            if (row["kind"] == UnreadMonth)
            {
                unreadMonths.Add(TextNormalizer.Normalize(row["word"]));
                continue;
            }
            var entry = (Enum.Parse<DateWordKind>(row["kind"].Replace("_", ""), ignoreCase: true), row["value"]);
            var word = TextNormalizer.Normalize(row["word"]);
            if (word.Contains(' ')) phrases.Add(word, entry);
            else words[word] = entry;
        }
        return new DateWords(words, unreadMonths, phrases, numbers);
    }

    private const string UnreadMonth = "unread_month";

    /// <summary>Whether the model reads a month name written alone as that month ("juillet" XXXX-07; not "mars").</summary>
    public bool IsMonthReadAlone(string norm) => !_unreadMonths.Contains(norm);

    public DateWordKind Kind(string norm) => _words.TryGetValue(norm, out var w) ? w.Kind : DateWordKind.Plain;

    /// <summary>The entry's value as a number: a month, an ISO weekday, a day offset, a count.</summary>
    public int Number(string norm) => int.Parse(_words[norm].Value, CultureInfo.InvariantCulture);

    public string Value(string norm) => _words[norm].Value;

    /// <summary>Words that take part in dates: next to a date they change it, left alone the model may read them.</summary>
    public static bool IsDateWord(DateWordKind kind) => kind is not (DateWordKind.Plain or DateWordKind.PlainLead or DateWordKind.Of
        or DateWordKind.DayLead or DateWordKind.RangeTo or DateWordKind.This or DateWordKind.Determiner);

    private static DateWordKind? CueKind(string kind) => kind switch
    {
        "month" => DateWordKind.Month,
        "weekday" => DateWordKind.Weekday,
        "past" => DateWordKind.Past,
        "relative_day" => DateWordKind.RelativeDay,
        "unit" or "cue" => DateWordKind.Cue,
        _ => null,
    };
}
