using System.Collections.Frozen;
using Sitrep.Resources;

namespace Sitrep.Recognition.Places;

public enum PlaceWordKind { Place, Part, Link, Modifier, Preposition, Seat }

/// <summary>A word around place names: its kind and, for a place word, the level it implies.</summary>
public sealed record PlaceWord(string Word, PlaceWordKind Kind, string? Level, string Citation);

/// <summary>The place words of a language (<c>lang/xx/place_words.tsv</c>), looked up by folded token.</summary>
public sealed class PlaceWords
{
    private readonly FrozenDictionary<string, PlaceWord> _byWord;

    private PlaceWords(FrozenDictionary<string, PlaceWord> byWord) => _byWord = byWord;

    public static PlaceWords Load(string file, string citeAs)
    {
        var words = new Dictionary<string, PlaceWord>();
        foreach (var row in TsvFile.Read(file, citeAs))
        {
            if (!Enum.TryParse<PlaceWordKind>(row["kind"], ignoreCase: true, out var kind))
                throw new InvalidDataException($"{row.Citation}: unknown kind '{row["kind"]}'");
            if (kind is PlaceWordKind.Place or PlaceWordKind.Preposition && row.Optional("level") is null)
                throw new InvalidDataException($"{row.Citation}: a place word needs a level");
            words[row["word"]] = new PlaceWord(row["word"], kind, row.Optional("level"), row.Citation);
        }
        return new PlaceWords(words.ToFrozenDictionary());
    }

    /// <summary>The place word for a folded token (<see cref="Text.AnalyzedText.Norm"/>), if it is one.</summary>
    public PlaceWord? Of(string norm) => _byWord.GetValueOrDefault(norm);

    public bool Is(string norm, PlaceWordKind kind) => Of(norm)?.Kind == kind;
}
