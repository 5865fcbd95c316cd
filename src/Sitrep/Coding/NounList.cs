using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// A list of nouns from a resource file (people, claim units), looked up folded and singular: "civils",
/// "élèves" and "quartiers" find "civil", "eleve" and "quartier".
/// </summary>
public sealed class NounList
{
    private readonly HashSet<string> _nouns;

    /// <summary>
    /// The list's answer about a word, remembered in the word's memo: every figure's noun is asked about by two or three
    /// lists, and the same few nouns ("personnes", "civils") come back in every text; each was folded and hashed again,
    /// and its singular cut and hashed, at every ask.
    /// </summary>
    private readonly WordAnswers<bool> _answers;

    public NounList(IEnumerable<string> nouns)
    {
        _nouns = nouns.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _answers = new WordAnswers<bool>(IsListed);
    }

    /// <summary>The nouns looked up by a part of a word: a plural's singular is not cut as a new string.</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Singulars => _nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static NounList Load(string language, string file) =>
        new(TsvFile.ReadList(Path.Combine(ResourcePaths.Language(language), file)));

    public bool Contains(string word) => _answers.Of(TextNormalizer.Word(word));

    private bool IsListed(string folded) =>
        _nouns.Contains(folded) || folded.Length > 2 && folded[^1] is 's' or 'x' && Singulars.Contains(folded.AsSpan(0, folded.Length - 1));
}
