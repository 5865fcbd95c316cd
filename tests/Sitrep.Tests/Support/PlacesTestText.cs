using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Tests.Support;

/// <summary>
/// A test-only stand-in for the segmenter: words (hyphens and inner apostrophes kept), French elisions
/// ("d’", "l’", "qu’") as tokens of their own, punctuation one character per token, and sentences ended
/// by ". ! ?" or a line break.
/// </summary>
public static class PlacesTestText
{
    private static readonly string[] ElisionHeads = ["c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu"];

    public static AnalyzedText Analyze(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c)) { tokens.Add(new Token(i, 1, TokenKind.Punctuation)); i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i))) i++;
            var word = text[start..i];
            var elision = ElisionHeads.FirstOrDefault(h => word.Length > h.Length + 1
                && word.StartsWith(h, StringComparison.OrdinalIgnoreCase) && IsApostrophe(word[h.Length]));
            if (elision is not null)
            {
                tokens.Add(new Token(start, elision.Length + 1, TokenKind.Word));
                start += elision.Length + 1;
            }
            tokens.Add(new Token(start, i - start, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
        }
        return new AnalyzedText(new Document("test", null, null, "fr", null, text, "test"), tokens, Sentences(text, tokens));
    }

    private static List<Sentence> Sentences(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var last = t == tokens.Count - 1;
            var ends = text[tokens[t].Start] is '.' or '!' or '?'
                || !last && text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End).Contains('\n');
            if (!ends && !last) continue;
            var start = tokens[first].Start;
            sentences.Add(new Sentence(sentences.Count, start, tokens[t].End - start, first, t + 1 - first, 0));
            first = t + 1;
        }
        return sentences;
    }

    // A hyphen or apostrophe between two letters stays inside the word: "Alep-Est", "Sa'eed".
    private static bool IsInnerJoiner(string text, int i) =>
        (text[i] == '-' || IsApostrophe(text[i])) && i > 0 && i + 1 < text.Length
        && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
