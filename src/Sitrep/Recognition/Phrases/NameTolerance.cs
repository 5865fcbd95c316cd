using Sitrep.Text;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// Lets a dictionary's long one-word names match a capitalised token one slip away (<see cref="OneEdit"/>):
/// news copy misspells foreign names ("al-Maydeen" for al-Mayadeen) more often than it coins new ones.
/// Only names of at least <see cref="MinLetters"/> letters qualify, because among shorter words one slip
/// often leads to another real word; and only capitalised tokens, because ordinary words are written lower case.
/// </summary>
public sealed record NameTolerance(int MinLetters)
{
    /// <summary>Eight letters: "al-mayadeen", "konachenkov" qualify; "reuters", "al-manar" must be spelt right.</summary>
    public static readonly NameTolerance LongNames = new(8);

    /// <summary>A pattern that is one plain word (not a prefix, acronym or gap) with enough letters.</summary>
    public bool Admits<T>(PhrasePattern<T> pattern) =>
        pattern.Words is [{ IsPrefix: false, IsGap: false, ExactSurface: null } word]
        && word.Folded.Count(char.IsLetter) >= MinLetters;

    /// <summary>Whether token <paramref name="token"/> is capitalised and one slip from <paramref name="name"/>, but not the name itself.</summary>
    public static bool NearMiss(AnalyzedText text, int token, string name)
    {
        var norm = text.Norm(token);
        return norm != name && OneEdit.Apart(norm, name) && IsCapitalised(text, token);
    }

    /// <summary>Whether the token as written has a capital letter anywhere.</summary>
    public static bool IsCapitalised(AnalyzedText text, int token)
    {
        foreach (var c in text.Text.AsSpan(text.Tokens[token].Start, text.Tokens[token].Length))
            if (char.IsUpper(c)) return true;
        return false;
    }
}
