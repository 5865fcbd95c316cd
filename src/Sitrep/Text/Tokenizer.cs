namespace Sitrep.Text;

/// <summary>Cuts text into tokens in one left-to-right pass over its characters, without backtracking.</summary>
internal sealed class Tokenizer(CharClasses chars, AbbreviationMatcher abbreviations, ElisionSet elisions)
{
    private const char Period = '.';

    /// <summary>Adds the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            i = chars.Kind(text[i]) switch
            {
                CharKind.Letter or CharKind.Mark => ReadWord(text, i, tokens),
                CharKind.Digit => ReadNumber(text, i, tokens),
                CharKind.Punctuation => ReadPunctuation(text, i, tokens),
                CharKind.Symbol => Add(tokens, i, i + 1, TokenKind.Symbol),
                _ => i + 1,
            };
        }
    }

    private static int Add(List<Token> tokens, int start, int end, TokenKind kind)
    {
        tokens.Add(new Token(start, end - start, kind));
        return end;
    }

    /// <summary>
    /// A word runs over letters, marks and digits; an apostrophe, hyphen or format character stays inside it
    /// when a word character follows ("Sa'eed", "al-Chaar", "a-t-il"). An elision ends at its apostrophe.
    /// </summary>
    private int ReadWord(string text, int start, List<Token> tokens)
    {
        // Where the word first meets a character that is not plain decides whether an abbreviation may start here.
        var stop = start;
        while (stop < text.Length && chars.IsPlainWordChar(text[stop])) stop++;
        if (abbreviations.MayMatchAt(text, start, stop) && abbreviations.MatchAt(text, start) is { } abbreviation)
            return Add(tokens, start, start + abbreviation.Form.Length, TokenKind.Word);

        // The loop goes on over plain characters: it resumes where they stop.
        var i = Math.Max(stop, start + 1);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (chars.Has(c, CharTraits.Apostrophe))
            {
                if (elisions.Contains(text.AsSpan(start, i - start)))
                    return Add(tokens, start, i + 1, TokenKind.Word);
                if (!chars.IsWordCharAt(text, i + 1)) break;
            }
            else if (chars.Has(c, CharTraits.Hyphen) || chars.Kind(c) == CharKind.Format)
            {
                if (!chars.IsWordCharAt(text, i + 1)) break;
            }
            else if (!chars.IsWordChar(c))
                break;
        }
        return Add(tokens, start, ExtendInitialOrAcronym(text, start, i), TokenKind.Word);
    }

    /// <summary>
    /// A single letter takes its period when it is an acronym ("U.S.A.") or a capital initial followed
    /// by a capitalised word ("A. Smith"); otherwise the period is left to end the sentence.
    /// </summary>
    private int ExtendInitialOrAcronym(string text, int start, int end)
    {
        if (end - start != 1 || end >= text.Length || text[end] != Period) return end;

        var i = end + 1;
        while (i + 1 < text.Length && chars.Kind(text[i]) == CharKind.Letter && text[i + 1] == Period)
            i += 2;
        if (i > end + 1) return i;

        if (!char.IsUpper(text[start])) return end;
        while (i < text.Length && chars.Kind(text[i]) == CharKind.Space) i++;
        return i > end + 1 && i < text.Length && char.IsUpper(text[i]) ? end + 1 : end;
    }

    /// <summary>
    /// A number keeps separators followed by a digit ("100.000", "2,5", "24/24") and thousands grouped by a
    /// space ("2 500"), but only after a first group of 1–3 digits and for groups of exactly three digits,
    /// so that "en 2012 15 passages" stays two numbers. Letters glued to it stay too ("1er", "14h30").
    /// </summary>
    private int ReadNumber(string text, int start, List<Token> tokens)
    {
        var i = SkipDigits(text, start);
        var groupable = i - start <= 3;
        while (i < text.Length)
        {
            var c = text[i];
            if (chars.Has(c, CharTraits.NumberSeparator) && IsDigitAt(text, i + 1))
            {
                i = SkipDigits(text, i + 1);
                groupable = false;
            }
            else if (groupable && chars.Has(c, CharTraits.DigitGroupSpace) && IsThousandsGroupAt(text, i + 1))
                i += 4;
            else
                break;
        }
        while (chars.IsWordCharAt(text, i)) i++;
        return Add(tokens, start, i, TokenKind.Number);
    }

    private bool IsDigitAt(string text, int index) => index < text.Length && chars.Kind(text[index]) == CharKind.Digit;

    private int SkipDigits(string text, int index)
    {
        while (IsDigitAt(text, index)) index++;
        return index;
    }

    private bool IsThousandsGroupAt(string text, int index) => SkipDigits(text, index) == index + 3;

    /// <summary>A run of sentence-final marks ("...", "?!") is one token; any other punctuation stands alone.</summary>
    private int ReadPunctuation(string text, int start, List<Token> tokens)
    {
        var end = start + 1;
        if (chars.Has(text[start], CharTraits.SentenceFinal))
            while (end < text.Length && chars.Has(text[end], CharTraits.SentenceFinal)) end++;
        return Add(tokens, start, end, TokenKind.Punctuation);
    }
}
