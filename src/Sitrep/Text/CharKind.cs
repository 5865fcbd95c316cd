namespace Sitrep.Text;

/// <summary>What a character is to the segmenter. One kind per character.</summary>
internal enum CharKind : byte
{
    /// <summary>Whitespace that does not end a line.</summary>
    Space,
    LineBreak,
    /// <summary>Invisible format characters (soft hyphen, zero-width joiners): inside a word when between word characters, else skipped.</summary>
    Format,
    /// <summary>Controls, surrogates, unassigned code points: never part of a token.</summary>
    Ignorable,
    Letter,
    Mark,
    Digit,
    Punctuation,
    Symbol,
}

/// <summary>Roles a character plays on top of its kind; a character may have several ('.' ends sentences and separates digits).</summary>
[Flags]
internal enum CharTraits : ushort
{
    None = 0,
    Apostrophe = 1 << 0,
    Hyphen = 1 << 1,
    Dash = 1 << 2,
    SentenceFinal = 1 << 3,
    ClosingQuote = 1 << 4,
    OpeningQuote = 1 << 5,
    EitherQuote = 1 << 6,
    NumberSeparator = 1 << 7,
    DigitGroupSpace = 1 << 8,
}
