using System.Text.RegularExpressions;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Tests.Support;

/// <summary>
/// A stand-in for the real segmenter in date and number tests: one sentence; words (elisions apart,
/// "aujourd'hui" and hyphenated words whole, an abbreviated month with its dot, "déc.", as the segmenter keeps it),
/// numbers ("100.000", "1,5", "07/03/2025", "10h59", "14:25" whole), "1er" as a word, and single-character punctuation.
/// </summary>
public static partial class NumDateTestText
{
    /// <param name="published"><c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or null.</param>
    /// <param name="digitGroupsAsOneToken">Keep "2 500" as one token, as some segmenters do.</param>
    public static AnalyzedText Make(string text, string? published, bool digitGroupsAsOneToken = false)
    {
        PartialDate? date = PartialDate.TryParse(published, out var d) ? d : null;
        var document = new Document("test", null, date, "fr", null, text, "test");
        var tokens = new List<Token>();
        var pattern = digitGroupsAsOneToken ? GroupedTokenPattern() : TokenPattern();
        foreach (Match m in pattern.Matches(text))
        {
            var kind = m.Groups["number"].Success ? TokenKind.Number
                : m.Groups["word"].Success ? TokenKind.Word
                : m.Value == "%" ? TokenKind.Symbol
                : TokenKind.Punctuation;
            tokens.Add(new Token(m.Index, m.Length, kind));
        }
        return new AnalyzedText(document, tokens, [new Sentence(0, 0, text.Length, 0, tokens.Count, 0)]);
    }

    private const string Word = @"(?<word>(?:janv|févr|avr|juil|oct|nov|déc)\.|(?i:jusqu|lorsqu|puisqu|qu|[ldjnsctm])['’](?=\p{L})|\d+\p{L}+|\p{L}+(?:[-'’]\p{L}+)*)";
    private const string Clock = @"(?<number>\d{1,2}[hH](?:\d{2})?(?![\p{L}\d])|\d{1,2}:\d{2}(?!\d))";
    private const string Number = @"\d{1,2}/\d{1,2}/\d{4}|\d+(?:[.,]\d+)*";

    [GeneratedRegex(Clock + "|" + Word + "|(?<number>" + Number + @")|\S")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(Clock + "|" + Word + @"|(?<number>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|" + Number + @")|\S")]
    private static partial Regex GroupedTokenPattern();
}
