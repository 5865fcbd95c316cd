using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>Nouns of people (counted_nouns.txt), looked up folded and singular: "civils", "élèves", "morts".</summary>
public sealed class PersonNouns(IEnumerable<string> nouns)
{
    private readonly HashSet<string> _nouns = nouns.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    public static PersonNouns Load(string language) =>
        new(TsvFile.ReadList(Path.Combine(ResourcePaths.Language(language), "counted_nouns.txt")));

    public bool Contains(string word)
    {
        var folded = TextNormalizer.Normalize(word);
        return _nouns.Contains(folded) || folded.Length > 2 && folded[^1] is 's' or 'x' && _nouns.Contains(folded[..^1]);
    }
}
