namespace Sitrep.Text;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token: a range of the original text. Elisions ("l’", "d’", "qu’") are tokens of their own, apostrophe included.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}
