using Sitrep.Text;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// One word of a dictionary pattern. Words are matched on folded tokens; a final <c>*</c> matches any
/// ending ("bombard*"); a word written in capitals is an acronym and matches only the same capitals ("EI", "ANS");
/// <c>~</c> lets up to <see cref="MaxGap"/> words of any kind stand there ("pris ~ controle": "pris hier le contrôle").
/// </summary>
public readonly record struct PatternWord(string Folded, bool IsPrefix, string? ExactSurface, bool IsGap = false)
{
    public const int MaxGap = 3;

    public static PatternWord Parse(string word)
    {
        if (word == "~") return new PatternWord("~", false, null, IsGap: true);
        var isPrefix = word.Length > 1 && word.EndsWith('*');
        var body = isPrefix ? word[..^1] : word;
        var isAcronym = body.Any(char.IsLetter) && body.Where(char.IsLetter).All(char.IsUpper);
        return new PatternWord(TextNormalizer.Normalize(body), isPrefix, isAcronym ? body : null);
    }

    /// <summary>The word's number (<see cref="PatternWordIds"/>) when it is compared whole, else <see cref="PatternWordIds.None"/>.</summary>
    internal int Id { get; } = IsGap || IsPrefix ? PatternWordIds.None : PatternWordIds.Give(Folded);

    /// <summary>
    /// Whether token <paramref name="token"/> of the text, whose norm has number <paramref name="tokenId"/>, is this word;
    /// reads its norm only for a prefix and its surface only for an acronym.
    /// </summary>
    public bool Matches(AnalyzedText text, int token, int tokenId)
    {
        if (IsPrefix ? !text.Norm(token).StartsWith(Folded, StringComparison.Ordinal) : tokenId != Id) return false;
        return ExactSurface is null || text.Text.AsSpan(text.Tokens[token].Start, text.Tokens[token].Length).SequenceEqual(ExactSurface);
    }
}

/// <summary>A dictionary entry compiled for matching, with what it stands for and the row that defined it.</summary>
/// <param name="Words">An array, not a read-only list: matching reads its words at nearly every token, and an array's are read directly.</param>
public sealed record PhrasePattern<T>(PatternWord[] Words, T Value, string Citation)
{
    /// <summary>Whether the first word is a whole word, to be the token's norm and no more (not a prefix, acronym or gap).</summary>
    /// <remarks>Kept, not worked out from the words at each call: matching asks it of every candidate pattern.</remarks>
    internal bool StartsWithPlainWord { get; } = Words is [{ IsPrefix: false, IsGap: false, ExactSurface: null }, ..];

    /// <summary>The row and the pattern as written, as a mention cites its entry: <c>fr/cues.tsv:34 "a indique"</c>.</summary>
    /// <remarks>Written once with the pattern: a match's mentions cite it, where a table of the patterns' texts was looked up per mention.</remarks>
    internal string Entry { get; } = $"{Citation} \"{string.Join(' ', Words.Select(w => (w.ExactSurface ?? w.Folded) + (w.IsPrefix ? "*" : "")))}\"";

    public static PhrasePattern<T> Parse(string pattern, T value, string citation) =>
        new(pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PatternWord.Parse).ToArray(), value, citation);
}

/// <summary>A dictionary match: tokens [FirstToken, EndToken) and every entry of that pattern.</summary>
/// <param name="NearMiss">The token misspells the entries' name by one slip (<see cref="NameTolerance"/>).</param>
public sealed record PhraseMatch<T>(int FirstToken, int EndToken, IReadOnlyList<PhrasePattern<T>> Entries, bool NearMiss = false);

/// <summary>
/// A match as <see cref="PhraseMatcher{T}"/> finds it: tokens [FirstToken, EndToken), its first pattern, and all of them
/// only when there are more (equally long ties, near misses). Most matches are one pattern: a list and a
/// <see cref="PhraseMatch{T}"/> for each were most of what the dictionary pass allocated. The default value is no match.
/// </summary>
internal readonly record struct FoundPhrase<T>(int FirstToken, int EndToken, PhrasePattern<T>? First, List<PhrasePattern<T>>? All, bool NearMiss = false)
{
    public bool IsNone => First is null;

    public int Count => All?.Count ?? 1;

    public PhrasePattern<T> this[int i] => All is null ? First! : All[i];

    public PhraseMatch<T> ToMatch() => new(FirstToken, EndToken, All ?? [First!], NearMiss);
}
