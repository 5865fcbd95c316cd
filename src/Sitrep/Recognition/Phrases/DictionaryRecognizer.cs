using Sitrep.Model;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// A recognizer driven by one dictionary file (actors, sources, triggers, cues): each match becomes a mention
/// whose value and detail come from named columns of the row, and whose entry cites the row.
/// </summary>
public sealed class DictionaryRecognizer : IRecognizer
{
    private readonly MentionKind _kind;
    private readonly PhraseMatcher<(string Value, string? Detail)> _matcher;

    public DictionaryRecognizer(MentionKind kind, IEnumerable<PhrasePattern<(string Value, string? Detail)>> patterns, NameTolerance? tolerance = null)
    {
        _kind = kind;
        _matcher = new PhraseMatcher<(string, string?)>(patterns, tolerance);
    }

    /// <summary>
    /// Loads <paramref name="file"/> of a language: the pattern column, the value column and detail columns joined by '|'.
    /// Values and details are interned: the coder compares them with its own literals ("speech", "weak", a trigger
    /// class) and with each other (a sentence's cues by kind) thousands of times an article, and one instance per text
    /// makes each equal pair equal by reference, where every row's own copy was compared character by character.
    /// </summary>
    public static DictionaryRecognizer Load(string language, string file, MentionKind kind, string valueColumn, params string[] detailColumns) =>
        Load(language, file, kind, null, valueColumn, detailColumns);

    /// <summary>As the other overload, with long names also matched when misspelt by one slip (<see cref="NameTolerance"/>).</summary>
    public static DictionaryRecognizer Load(
        string language, string file, MentionKind kind, NameTolerance? tolerance, string valueColumn, params string[] detailColumns)
    {
        var rows = TsvFile.Read(Path.Combine(ResourcePaths.Language(language), file), $"{language}/{file}");
        var patterns = rows.Select(r => PhrasePattern<(string, string?)>.Parse(
            r["pattern"],
            (string.Intern(r[valueColumn]), detailColumns.Length == 0 ? null : string.Intern(string.Join('|', detailColumns.Select(c => r[c])))),
            r.Citation));
        return new DictionaryRecognizer(kind, patterns, tolerance);
    }

    public MentionKind Kind => _kind;

    internal PhraseMatcher<(string Value, string? Detail)> Matcher => _matcher;

    public IEnumerable<Mention> Recognize(AnalyzedText text)
    {
        var found = new List<Mention>();
        foreach (var match in _matcher.Found(text, 0, text.Tokens.Count)) AddMentions(text, match, found);
        return found;
    }

    /// <summary>A match's mentions: one per distinct value of its entries, the first entry of each value cited.</summary>
    internal void AddMentions(AnalyzedText text, in FoundPhrase<(string Value, string? Detail)> match, List<Mention> into)
    {
        var span = text.SpanOf(match.FirstToken, match.EndToken);
        for (var i = 0; i < match.Count; i++)
        {
            if (SeenBefore(match, i)) continue;
            var entry = match[i];
            into.Add(new Mention(_kind, span, entry.Value.Value,
                match.NearMiss ? entry.Entry + " (misspelt)" : entry.Entry, entry.Value.Detail));
        }
    }

    // Entries of one match are few: comparing with the earlier ones costs less than a set per match.
    private static bool SeenBefore(in FoundPhrase<(string Value, string? Detail)> entries, int i)
    {
        for (var j = 0; j < i; j++)
            if (entries[j].Value.Equals(entries[i].Value)) return true;
        return false;
    }
}
