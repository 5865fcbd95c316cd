using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Keeps what reaches Microsoft.Recognizers.Text short. Its models slow down faster than the length of
/// their input (a 10 KB run of dates takes most of a minute), and a hostile sentence can merge every cue
/// window into one; so a long window is cut at spaces into pieces of at most <see cref="MaxChars"/>
/// characters, far longer than any real date or number. The same bound cuts long windows of tokens before the
/// grammars read them, so that a line of dates or numbers is read piece by piece rather than sent whole to the model.
/// </summary>
public static class ModelWindows
{
    public const int MaxChars = 160;

    /// <summary>The pieces of <paramref name="window"/>, each with its offset in the window.</summary>
    public static IEnumerable<(int Offset, string Text)> Pieces(string window, int maxChars = MaxChars)
    {
        var start = 0;
        while (window.Length - start > maxChars)
        {
            var cut = window.LastIndexOf(' ', start + maxChars, maxChars);
            if (cut <= start) cut = start + maxChars;
            if (char.IsHighSurrogate(window[cut - 1])) cut--;
            yield return (start, window[start..cut]);
            start = cut;
        }
        yield return (start, window[start..]);
    }

    /// <summary>
    /// The tokens [first, end) cut into pieces of whole tokens spanning at most <see cref="MaxChars"/> characters,
    /// after a punctuation mark when one lies in a piece's second half; the window itself when it is short enough
    /// (a piece of one token may be longer). Only a line of dates or numbers, never prose, makes a window this long.
    /// </summary>
    public static TokenPieces Pieces(AnalyzedText text, int first, int end) => new(text, first, end);

    /// <summary>The pieces of a window of tokens, cut as they are enumerated: a struct rather than an iterator, as every
    /// cue window and every run of figures asks for them (nearly always one piece).</summary>
    public struct TokenPieces(AnalyzedText text, int first, int end)
    {
        private int _first = first;

        public (int First, int End) Current { get; private set; }

        public readonly TokenPieces GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_first >= end) return false;
            var limit = text.Tokens[_first].Start + MaxChars;
            var cut = _first + 1;
            var afterMark = -1;
            while (cut < end && text.Tokens[cut].End <= limit)
            {
                if (text.Tokens[cut].Kind == TokenKind.Punctuation && 2 * (text.Tokens[cut].End - text.Tokens[_first].Start) > MaxChars)
                    afterMark = cut + 1;
                cut++;
            }
            if (cut < end && afterMark > 0) cut = afterMark;
            Current = (_first, cut);
            _first = cut;
            return true;
        }
    }
}
