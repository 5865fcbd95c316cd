using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// A list of nouns from a resource file (people, claim units), looked up folded and singular: "civils",
/// "élèves" and "quartiers" find "civil", "eleve" and "quartier".
/// </summary>
public sealed class NounList(IEnumerable<string> nouns)
{
    private readonly HashSet<string> _nouns = nouns.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The nouns looked up by a part of a word: a plural's singular is not cut as a new string.</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Singulars => _nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static NounList Load(string language, string file) =>
        new(TsvFile.ReadList(Path.Combine(ResourcePaths.Language(language), file)));

    public bool Contains(string word)
    {
        var folded = TextNormalizer.Normalize(word);
        return _nouns.Contains(folded) || folded.Length > 2 && folded[^1] is 's' or 'x' && Singulars.Contains(folded.AsSpan(0, folded.Length - 1));
    }
}
