using System.Collections.Frozen;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

public enum PlaceWordKind { Place, Part, Link, Modifier, Preposition, Seat }

/// <summary>A word around place names: its kind and, for a place word, the level it implies.</summary>
public sealed record PlaceWord(string Word, PlaceWordKind Kind, string? Level, string Citation)
{
    /// <summary>The entry of a name the gazetteer lacks that this word lets through: <c>rule: place word (fr/place_words.tsv:12)</c>.</summary>
    /// <remarks>Written once with the word, not once per name found.</remarks>
    internal string RuleEntry { get; } = $"rule: place word ({Citation})";
}

/// <summary>The place words of a language (<c>lang/xx/place_words.tsv</c>), looked up by folded token.</summary>
public sealed class PlaceWords
{
    private readonly FrozenDictionary<string, PlaceWord> _byWord;
    // The scanner asks of every token, and most are no place word: a token is looked up (its every character hashed) only
    // when some place word starts with its first character and has its length. Per ASCII character, bit n: a word of n
    // characters; longer words and other first characters are always looked up.
    private readonly ulong[] _lengthsByFirstChar = new ulong[FilteredFirstChars];
    private const int FilteredFirstChars = 128;
    private const int FilteredLengths = 64;
    // The scanner's own lookups, remembered with each word.
    private readonly WordAnswers<PlaceWord?> _ofWords;

    private PlaceWords(FrozenDictionary<string, PlaceWord> byWord)
    {
        _byWord = byWord;
        foreach (var word in byWord.Keys)
            if (word.Length is > 0 and < FilteredLengths && word[0] < FilteredFirstChars)
                _lengthsByFirstChar[word[0]] |= 1UL << word.Length;
        _ofWords = new WordAnswers<PlaceWord?>(Of);
    }

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
    public PlaceWord? Of(string norm) => MayBeOne(norm) ? _byWord.GetValueOrDefault(norm) : null;

    /// <inheritdoc cref="Of(string)"/>
    public PlaceWord? Of(WordMemo word) => _ofWords.Of(word);

    private bool MayBeOne(string norm) =>
        norm.Length is 0 or >= FilteredLengths || norm[0] >= FilteredFirstChars || (_lengthsByFirstChar[norm[0]] >> norm.Length & 1) != 0;

    public bool Is(WordMemo word, PlaceWordKind kind) => Of(word)?.Kind == kind;
}
