using Sitrep.Model;
using Sitrep.Recognition.Dates;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>
/// Where a figure lies among the tokens of the window it was read from. Searched within the window's few tokens
/// rather than the sentence's (a line of figures is one sentence of as many tokens), and counted without a list.
/// </summary>
/// <param name="First">The first token starting inside the figure.</param>
/// <param name="Next">The first token of the sentence starting at or after the figure's end (its end token when none does).</param>
/// <param name="Count">How many tokens lie wholly inside the figure.</param>
public readonly record struct FigureTokens(int First, int Next, int Count)
{
    /// <param name="first">The window's first token.</param>
    /// <param name="end">One past the window's last token.</param>
    /// <param name="figure">A span inside the window's text.</param>
    public static FigureTokens Find(AnalyzedText text, int first, int end, TextSpan figure)
    {
        var inside = TokenSearch.FirstStartingAtOrAfter(text, first, end, figure.Start);
        // A figure ends within its window, so the token after the window starts after the figure: the next one when
        // no token of the window does.
        var next = TokenSearch.FirstStartingAtOrAfter(text, inside, end, figure.End);
        // Tokens do not overlap: of those starting inside the figure, only the last may run past its end.
        var count = next > inside && text.Tokens[next - 1].End > figure.End ? next - inside - 1 : next - inside;
        return new FigureTokens(inside, next, count);
    }
}
