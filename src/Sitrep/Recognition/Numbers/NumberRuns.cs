using Sitrep.Recognition.Dates;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>
/// The cheap pre-filter for numbers: stretches of figures and number words ("2 500", "1,5 million",
/// "vingt et un"), the only text the number model is given. Ordinals ("1er", "2e") are left out.
/// The sentence's walk that finds where runs start is <see cref="SentenceFigures"/>'s.
/// </summary>
public sealed class NumberRuns(NumberWords words)
{
    /// <summary>The last token of the run that starts at the numeric token <paramref name="i"/>.</summary>
    public int LastOfRun(AnalyzedText text, Sentence sentence, int i)
    {
        var last = i;
        for (var next = i + 1; next < sentence.EndToken; next++)
        {
            if (IsNumeric(text, next) && Touch(text, last, next)) { last = next; continue; }
            // "vingt et un", "dix - sept": a joiner only between two number words.
            if (next + 1 < sentence.EndToken && words.IsJoiner(text.Norm(next)) && words.IsNumberWord(text.Word(last))
                && words.IsNumberWord(text.Word(next + 1)) && Touch(text, last, next) && Touch(text, next, next + 1))
            {
                last = ++next;
                continue;
            }
            break;
        }
        return last;
    }

    private bool IsNumeric(AnalyzedText text, int token) => IsNumeric(text, token, words.IsNumberWord(text.Word(token)));

    /// <summary>Whether a run may start at <paramref name="token"/>: a number word, or a figure.</summary>
    /// <param name="isNumberWord">What <see cref="NumberWords.IsNumberWord(WordMemo)"/> answers about the token.</param>
    public static bool IsNumeric(AnalyzedText text, int token, bool isNumberWord) =>
        isNumberWord || IsFigure(text.Text.AsSpan(text.Tokens[token].Start, text.Tokens[token].Length));

    /// <summary>
    /// Digits with thousand or decimal separators inside ("100.000", "2 500", "1,5"), maybe a "%" after;
    /// not "1er", "2e" or "14h30", which segmenters keep as one token.
    /// </summary>
    private static bool IsFigure(ReadOnlySpan<char> surface)
    {
        var s = surface.TrimEnd('%');
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1])) return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' ' or '\u00A0' or '\u202F')) return false;
        return true;
    }

    private static bool Touch(AnalyzedText text, int left, int right) =>
        TokenSearch.IsBlank(text.Text, text.Tokens[left].End, text.Tokens[right].Start);
}
