using System.Globalization;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>The words of <c>number_words.tsv</c>: what a written number is made of, and what follows a figure.</summary>
public sealed class NumberWords
{
    // Asked of every token: a table of words rather than a dictionary (the dictionary serves the parts of compounds).
    private readonly WordTable<string> _kindOf;
    private readonly Dictionary<string, string> _modelReads;
    private readonly Dictionary<string, double> _values;
    // Span views of the tables, made once: asking a dictionary for one checks its comparer's type each time.
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _valuesOfSpans;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _kindsOfSpans;
    // Asked of every token of every text: remembered with each word.
    private readonly WordAnswers<bool> _numberWords;

    private NumberWords(Dictionary<string, string> kindOf, Dictionary<string, string> modelReads, Dictionary<string, double> values, PhraseTable<string> percent)
    {
        _kindOf = new WordTable<string>(kindOf);
        _modelReads = modelReads;
        _values = values;
        _valuesOfSpans = values.GetAlternateLookup<ReadOnlySpan<char>>();
        _kindsOfSpans = kindOf.GetAlternateLookup<ReadOnlySpan<char>>();
        Percent = percent;
        _numberWords = new WordAnswers<bool>(IsNumberWord);
    }

    /// <summary>Phrases that make a figure a percentage ("pour cent"); the value is the resource line.</summary>
    public PhraseTable<string> Percent { get; }

    public static NumberWords Load(string language)
    {
        var file = Path.Combine(ResourcePaths.Language(language), "number_words.tsv");
        var kindOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var modelReads = new Dictionary<string, string>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var percent = new PhraseTable<string>();
        foreach (var row in TsvFile.Read(file, $"{language}/number_words.tsv"))
        {
            var word = TextNormalizer.Normalize(row["word"]);
            if (row["kind"] == "percent") percent.Add(word, row.Citation);
            else kindOf[word] = row["kind"];
            if (row.Optional("value") is { } value)
            {
                // The date rules pass over a word that is no number word before asking its value (DateRules.ReadAt).
                if (!IsNumberPart(row["kind"])) throw new InvalidDataException($"{row.Citation}: only a number or an article has a value");
                values[word] = double.Parse(value, CultureInfo.InvariantCulture);
            }
            if (row.Optional("model_reads") is not { } reads) continue;
            if (reads.Length > word.Length) throw new InvalidDataException($"{row.Citation}: model_reads is longer than the word");
            modelReads[word] = reads;
        }
        return new NumberWords(kindOf, modelReads, values, percent);
    }

    /// <summary>The spelling the number model understands for this word, when it misses the correct one.</summary>
    public string? ModelReads(string norm) => _modelReads.GetValueOrDefault(norm);

    /// <summary>What a single number word is worth ("vingt" 20, "mille" 1000), or null.</summary>
    public double? Value(string norm) => _values.TryGetValue(norm, out var v) ? v : null;

    public double? Value(ReadOnlySpan<char> norm) => _valuesOfSpans.TryGetValue(norm, out var v) ? v : null;

    /// <summary>A number word, or a hyphenated compound of them ("quatre-vingt-dix").</summary>
    public bool IsNumberWord(WordMemo word) => _numberWords.Of(word);

    /// <inheritdoc cref="IsNumberWord(WordMemo)"/>
    public bool IsNumberWord(string norm)
    {
        // Asked of every token: most have no hyphen, and one lookup of the word answers.
        if (!HasHyphen(norm)) return IsNumberPart(_kindOf.GetValueOrDefault(norm));
        foreach (var range in norm.AsSpan().Split('-'))
            if (!_kindsOfSpans.TryGetValue(norm.AsSpan()[range], out var kind) || !IsNumberPart(kind)) return false;
        return true;
    }

    // Tokens are short: reading their characters costs less than a call to the vectorized search.
    private static bool HasHyphen(string norm)
    {
        foreach (var c in norm)
            if (c == '-') return true;
        return false;
    }

    private static bool IsNumberPart(string? kind) => kind is "number" or "article";

    public bool IsArticle(string norm) => Kind(norm) == "article";

    public bool IsJoiner(string norm) => Kind(norm) == "joiner";

    public bool IsLink(string norm) => Kind(norm) == "link";

    private string? Kind(string norm) => _kindOf.GetValueOrDefault(norm);
}
