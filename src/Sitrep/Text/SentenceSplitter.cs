namespace Sitrep.Text;

/// <summary>
/// Groups tokens into sentences and paragraphs, looking at the tokens and the whitespace between them.
/// A line break always ends a sentence and starts a paragraph: news text has one paragraph per line,
/// and titles and crossheads end without a period.
/// </summary>
internal sealed class SentenceSplitter(CharClasses chars, AbbreviationMatcher abbreviations)
{
    private const char Period = '.';

    private enum Gap { None, Space, LineBreak }

    /// <summary>Adds the sentences of <paramref name="text"/>, cut into <paramref name="tokens"/>, to <paramref name="sentences"/> (empty).</summary>
    public void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        var first = 0;
        var paragraph = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var last = t;
            var ends = IsTerminator(text, tokens, t, out var afterAbbreviation)
                ? EndsAfterTerminator(text, tokens, ref last, afterAbbreviation)
                : last == tokens.Length - 1 || GapAfter(text, tokens, last) == Gap.LineBreak;
            if (!ends) continue;

            var start = tokens[first].Start;
            sentences.Add(new Sentence(sentences.Count, start, tokens[last].End - start, first, last + 1 - first, paragraph));
            if (last < tokens.Length - 1 && GapAfter(text, tokens, last) == Gap.LineBreak) paragraph++;
            first = last + 1;
            t = last;
        }
    }

    /// <summary>
    /// Whether token <paramref name="t"/> can end a sentence: a run of final marks not framed by brackets
    /// ("(...)"), or a word with a period that may end one: a listed abbreviation marked so ("etc.") or an acronym.
    /// </summary>
    private bool IsTerminator(string text, ReadOnlySpan<Token> tokens, int t, out bool afterAbbreviation)
    {
        var token = tokens[t];
        afterAbbreviation = token.Kind == TokenKind.Word;
        if (token.Kind == TokenKind.Punctuation)
            return chars.Has(text[token.Start], CharTraits.SentenceFinal) && !IsBracketed(text, tokens, t);
        if (token.Kind != TokenKind.Word || text[token.End - 1] != Period) return false;
        var span = text.AsSpan(token.Start, token.Length);
        return abbreviations.Exactly(span) is { } abbreviation ? abbreviation.MayEndSentence : span.Length > 2;
    }

    private bool IsBracketed(string text, ReadOnlySpan<Token> tokens, int t) =>
        t > 0 && t < tokens.Length - 1
        && tokens[t - 1].End == tokens[t].Start && tokens[t + 1].Start == tokens[t].End
        && chars.Has(text[tokens[t - 1].End - 1], CharTraits.OpeningQuote)
        && chars.Has(text[tokens[t + 1].Start], CharTraits.ClosingQuote);

    /// <summary>
    /// Moves <paramref name="last"/> over the closing quotes and brackets that belong to the sentence ("?»", ". »"),
    /// then says whether the sentence ends there: at the end of the text, a line break, or a space before a
    /// word that starts a sentence.
    /// </summary>
    private bool EndsAfterTerminator(string text, ReadOnlySpan<Token> tokens, ref int last, bool afterAbbreviation)
    {
        while (last < tokens.Length - 1 && IsCloserAfter(text, tokens, last)) last++;
        if (last == tokens.Length - 1) return true;
        return GapAfter(text, tokens, last) switch
        {
            Gap.LineBreak => true,
            Gap.Space => StartsSentence(text, tokens[last + 1], afterAbbreviation),
            // "(OSDH).Des combattants": scraped text loses the space, but a mark glued to a capitalised word still ends.
            _ => !afterAbbreviation && (IsCapitalisedWord(text, tokens[last + 1]) || OpensQuotedSentence(text, tokens, last + 1)),
        };
    }

    /// <summary>"Al-Houla.\"Les combattants": a quote glued to the next sentence's capitalised first word opens it.</summary>
    private bool OpensQuotedSentence(string text, ReadOnlySpan<Token> tokens, int t) =>
        t + 1 < tokens.Length && tokens[t].Kind == TokenKind.Punctuation && tokens[t].Length == 1
        && chars.Has(text[tokens[t].Start], CharTraits.OpeningQuote | CharTraits.EitherQuote)
        && GapAfter(text, tokens, t) == Gap.None && IsCapitalisedWord(text, tokens[t + 1]);

    /// <summary>"Des", "L'accord": a capital, then a lower-case letter or an elision's apostrophe (not an acronym's capitals).</summary>
    private bool IsCapitalisedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length > 1 && char.IsUpper(text[token.Start])
        && (char.IsLower(text[token.Start + 1]) || chars.Has(text[token.Start + 1], CharTraits.Apostrophe));

    /// <summary>
    /// Whether the token after <paramref name="t"/> closes the sentence: a closing quote or bracket on the same
    /// line, or a straight quote or apostrophe glued to the end and not glued to what follows.
    /// </summary>
    private bool IsCloserAfter(string text, ReadOnlySpan<Token> tokens, int t)
    {
        var next = tokens[t + 1];
        if (next.Kind != TokenKind.Punctuation || next.Length != 1) return false;
        var c = text[next.Start];
        var gap = GapAfter(text, tokens, t);
        if (chars.Has(c, CharTraits.ClosingQuote)) return gap != Gap.LineBreak;
        return chars.Has(c, CharTraits.EitherQuote | CharTraits.Apostrophe) && gap == Gap.None
            && (t + 2 == tokens.Length || GapAfter(text, tokens, t + 1) != Gap.None);
    }

    /// <summary>
    /// Whether a token can open a sentence: a word not in lower case (Arabic script has no case), a digit,
    /// or an opening quote or dash. After an abbreviation only a capitalised word will do ("etc. (voir", "sept. 2016").
    /// </summary>
    private bool StartsSentence(string text, Token token, bool afterAbbreviation)
    {
        var c = text[token.Start];
        return chars.Kind(c) switch
        {
            CharKind.Letter => !char.IsLower(c),
            CharKind.Digit => !afterAbbreviation,
            CharKind.Punctuation => !afterAbbreviation
                && chars.Has(c, CharTraits.OpeningQuote | CharTraits.EitherQuote | CharTraits.Dash | CharTraits.Hyphen),
            _ => false,
        };
    }

    private Gap GapAfter(string text, ReadOnlySpan<Token> tokens, int t)
    {
        var from = tokens[t].End;
        var to = t + 1 < tokens.Length ? tokens[t + 1].Start : text.Length;
        if (from == to) return Gap.None;
        for (var i = from; i < to; i++)
            if (chars.Kind(text[i]) == CharKind.LineBreak)
                return Gap.LineBreak;
        return Gap.Space;
    }
}
