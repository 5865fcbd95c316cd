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
    // Each pattern's entry text ("fr/cues.tsv:34 \"a indique\""), written once rather than for every match.
    private readonly Dictionary<PhrasePattern<(string, string?)>, string> _entries = new(ReferenceEqualityComparer.Instance);

    public DictionaryRecognizer(MentionKind kind, IEnumerable<PhrasePattern<(string Value, string? Detail)>> patterns, NameTolerance? tolerance = null)
    {
        _kind = kind;
        var all = patterns.ToList();
        foreach (var pattern in all) _entries[pattern] = $"{pattern.Citation} {Describe(pattern)}";
        _matcher = new PhraseMatcher<(string, string?)>(all, tolerance);
    }

    /// <summary>Loads <paramref name="file"/> of a language: the pattern column, the value column and detail columns joined by '|'.</summary>
    public static DictionaryRecognizer Load(string language, string file, MentionKind kind, string valueColumn, params string[] detailColumns) =>
        Load(language, file, kind, null, valueColumn, detailColumns);

    /// <summary>As the other overload, with long names also matched when misspelt by one slip (<see cref="NameTolerance"/>).</summary>
    public static DictionaryRecognizer Load(
        string language, string file, MentionKind kind, NameTolerance? tolerance, string valueColumn, params string[] detailColumns)
    {
        var rows = TsvFile.Read(Path.Combine(ResourcePaths.Language(language), file), $"{language}/{file}");
        var patterns = rows.Select(r => PhrasePattern<(string, string?)>.Parse(
            r["pattern"],
            (r[valueColumn], detailColumns.Length == 0 ? null : string.Join('|', detailColumns.Select(c => r[c]))),
            r.Citation));
        return new DictionaryRecognizer(kind, patterns, tolerance);
    }

    public IEnumerable<Mention> Recognize(AnalyzedText text)
    {
        foreach (var match in _matcher.Matches(text))
        {
            var span = text.SpanOf(match.FirstToken, match.EndToken);
            foreach (var entry in match.Entries.DistinctBy(e => e.Value))
                yield return new Mention(_kind, span, entry.Value.Value,
                    match.NearMiss ? _entries[entry] + " (misspelt)" : _entries[entry], entry.Value.Detail);
        }
    }

    private static string Describe(PhrasePattern<(string, string?)> entry) =>
        "\"" + string.Join(' ', entry.Words.Select(w => (w.ExactSurface ?? w.Folded) + (w.IsPrefix ? "*" : ""))) + "\"";
}
