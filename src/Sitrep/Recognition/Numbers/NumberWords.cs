using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>The words of <c>number_words.tsv</c>: what a written number is made of, and what follows a figure.</summary>
public sealed class NumberWords
{
    private readonly Dictionary<string, string> _kindOf;

    private NumberWords(Dictionary<string, string> kindOf, PhraseTable<string> percent)
    {
        _kindOf = kindOf;
        Percent = percent;
    }

    /// <summary>Phrases that make a figure a percentage ("pour cent"); the value is the resource line.</summary>
    public PhraseTable<string> Percent { get; }

    public static NumberWords Load(string language)
    {
        var file = Path.Combine(ResourcePaths.Language(language), "number_words.tsv");
        var kindOf = new Dictionary<string, string>();
        var percent = new PhraseTable<string>();
        foreach (var row in TsvFile.Read(file, $"{language}/number_words.tsv"))
        {
            if (row["kind"] == "percent") percent.Add(row["word"], row.Citation);
            else kindOf[TextNormalizer.Normalize(row["word"])] = row["kind"];
        }
        return new NumberWords(kindOf, percent);
    }

    /// <summary>A number word, or a hyphenated compound of them ("quatre-vingt-dix").</summary>
    public bool IsNumberWord(string norm) =>
        norm.Split('-').All(part => _kindOf.TryGetValue(part, out var kind) && kind is "number" or "article");

    public bool IsArticle(string norm) => Kind(norm) == "article";

    public bool IsJoiner(string norm) => Kind(norm) == "joiner";

    public bool IsLink(string norm) => Kind(norm) == "link";

    private string? Kind(string norm) => _kindOf.GetValueOrDefault(norm);
}
