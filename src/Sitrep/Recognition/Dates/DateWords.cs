using System.Globalization;
using Sitrep.Recognition.Numbers;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>What the date grammar knows of a word.</summary>
public enum DateWordKind
{
    Plain, This, DayPart, FirstDay, Count, Unit, TimeUnit, Since, Ago, Night, PartOfDay, Tonight, ThisMonth, Vague, Recent, Upcoming, Pronoun, RangeTo, Week,
    BarePartOfDay, DayOfWeekday, MonthOf, PlainLead, Of, Last, Determiner, Inert, DayLead, SoftLead, Approx, LeadBlocker, Edge, Blocker, DurationLead, ModelWord, ShortMonth, PastRef,
    // From date_cues.tsv:
    Month, Weekday, Past, RelativeDay, Cue,
}

/// <summary>
/// A property the grammar's rules test a word or phrase for, beside its kind: "mars" stays a month that the model reads
/// nothing in alone.
/// </summary>
public enum DateMark { UnreadMonth, UnreadCountUnit, MisreadAfterMonths, UnjoinedPartOfDay, HidesDayAfter, ShortMonthAsWritten, MorningAfterHours, JoinsDays, OutOf, LoneUnit, SpansSpaceBefore }

/// <summary>
/// The words of <c>date_grammar.tsv</c> over those of <c>date_cues.tsv</c> (a word listed in both takes its grammar
/// kind), and the phrases ("il y a", "la semaine dernière"), all keyed by their folded form.
/// </summary>
public sealed class DateWords
{
    private readonly HashSet<(DateMark, string)> _marks;
    // The rules ask the kind of every token of every cue window, and the number of every weekday and month they read:
    // the word's entry is remembered with the word.
    private readonly WordAnswers<Entry?> _entries;

    private DateWords(Dictionary<string, (DateWordKind, string)> words, HashSet<(DateMark, string)> marks, PhraseTable<(DateWordKind, string)> phrases,
        NumberWords numbers)
    {
        var entries = new WordTable<Entry>(words.Select(w => KeyValuePair.Create(w.Key, new Entry(w.Value.Item1, w.Value.Item2))));
        _marks = marks;
        _entries = new WordAnswers<Entry?>(entries.GetValueOrDefault);
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
        var marks = new HashSet<(DateMark, string)>();
        foreach (var row in TsvFile.Read(Path.Combine(ResourcePaths.Language(language), "date_grammar.tsv"), $"{language}/date_grammar.tsv"))
        {
            // A marked word keeps its kind: the row only says how the model reads it in some places.
            if (Enum.TryParse<DateMark>(row["kind"].Replace("_", ""), ignoreCase: true, out var mark))
            {
                marks.Add((mark, TextNormalizer.Normalize(row["word"])));
                continue;
            }
            var entry = (Enum.Parse<DateWordKind>(row["kind"].Replace("_", ""), ignoreCase: true), row["value"]);
            var word = TextNormalizer.Normalize(row["word"]);
            // The model reads an abbreviated month as written, accents and all ("fév" is no month to it, "fev" February):
            // the spelling is kept beside the folded word.
            if (entry.Item1 == DateWordKind.ShortMonth) marks.Add((DateMark.ShortMonthAsWritten, row["word"]));
            if (word.Contains(' ')) phrases.Add(word, entry);
            else words[word] = entry;
        }
        return new DateWords(words, marks, phrases, numbers);
    }

    /// <summary>Whether date_grammar.tsv marks the word or phrase (folded, words joined by one space; for
    /// <see cref="DateMark.ShortMonthAsWritten"/>, as written) so.</summary>
    public bool IsMarked(DateMark mark, string norm) => _marks.Contains((mark, norm));

    public DateWordKind Kind(WordMemo word) => _entries.Of(word)?.Kind ?? DateWordKind.Plain;

    /// <summary>The entry's value as a number: a month, an ISO weekday, a day offset, a count.</summary>
    public int Number(WordMemo word) =>
        EntryOf(word).Number ?? throw new FormatException($"date word \"{word.Norm}\" has no number for its value");

    public string Value(WordMemo word) => EntryOf(word).Value;

    private Entry EntryOf(WordMemo word) =>
        _entries.Of(word) ?? throw new KeyNotFoundException($"\"{word.Norm}\" is no date word");

    /// <summary>Words that take part in dates: next to a date they change it, left alone the model may read them.</summary>
    public static bool IsDateWord(DateWordKind kind) => kind is not (DateWordKind.Plain or DateWordKind.PlainLead or DateWordKind.Of
        or DateWordKind.DayLead or DateWordKind.RangeTo or DateWordKind.This or DateWordKind.Determiner);

    /// <summary>A listed word: its kind and value, and the value as a number when it is one, read once.</summary>
    private sealed class Entry(DateWordKind kind, string value)
    {
        public DateWordKind Kind { get; } = kind;
        public string Value { get; } = value;
        public int? Number { get; } = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

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
