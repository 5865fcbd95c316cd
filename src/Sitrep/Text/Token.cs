namespace Sitrep.Text;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token: a range of the original text. Elisions ("l’", "d’", "qu’") are tokens of their own, apostrophe included.</summary>
/// <remarks>
/// Eight bytes, not twelve: a text keeps one per token and every recognizer reads them, so the kind, one of four, is kept
/// in the sign bits of the start and the length, which are never negative.
/// </remarks>
public readonly record struct Token
{
    private readonly int _start;
    private readonly int _length;

    public Token(int start, int length, TokenKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if ((uint)kind > (uint)TokenKind.Symbol) throw new ArgumentOutOfRangeException(nameof(kind));
        _start = start | ((int)kind & 1) << 31;
        _length = length | ((int)kind >> 1) << 31;
    }

    public int Start => _start & int.MaxValue;

    public int Length => _length & int.MaxValue;

    public TokenKind Kind => (TokenKind)((int)((uint)_start >> 31) | (int)((uint)_length >> 31) << 1);

    public int End => Start + Length;
}
