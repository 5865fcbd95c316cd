using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// For every token of one sentence: where the run of word tokens that a name starting there may span stops, and the
/// next capitalised token. Read once per sentence from right to left; asked of each token, they re-read up to five
/// tokens after it.
/// </summary>
internal readonly ref struct NameRuns
{
    private readonly int _first;
    // Per token, and one more for the sentence's end: the first token at or after it that ends a run of words
    // (punctuation, a number, an elision, the end), and the first capitalised one (or the end).
    private readonly Span<int> _stop;
    private readonly Span<int> _capital;

    /// <param name="room">Scratch space of at least <see cref="Room"/> integers.</param>
    public NameRuns(AnalyzedText text, Sentence sentence, Span<int> room)
    {
        _first = sentence.FirstToken;
        var count = sentence.EndToken - _first + 1;
        _stop = room[..count];
        _capital = room.Slice(count, count);
        _stop[^1] = _capital[^1] = sentence.EndToken;
        for (var t = sentence.EndToken - 1; t >= _first; t--)
        {
            var i = t - _first;
            _stop[i] = text.Tokens[t].Kind == TokenKind.Word && !PlaceScanner.IsElision(text, t) ? _stop[i + 1] : t;
            _capital[i] = PlaceScanner.IsCapitalised(text, t) ? t : _capital[i + 1];
        }
    }

    public static int Room(Sentence sentence) => 2 * (sentence.EndToken - sentence.FirstToken + 1);

    /// <summary>Where the run of word tokens from <paramref name="start"/> ends, after at most <paramref name="maxTokens"/>.</summary>
    public int RunEnd(int start, int maxTokens) => Math.Min(_stop[start - _first], start + maxTokens);

    /// <summary>Whether a token of the sentence is a word that is not an elision, one a name may span.</summary>
    public bool IsNameWord(int token) => _stop[token - _first] != token;

    /// <summary>Whether a token of the sentence is capitalised (<see cref="PlaceScanner.IsCapitalised(AnalyzedText, int)"/>).</summary>
    public bool IsCapitalised(int token) => _capital[token - _first] == token;

    /// <summary>Whether a token of [<paramref name="first"/>, <paramref name="end"/>) is capitalised (end at most the sentence's).</summary>
    public bool AnyCapitalised(int first, int end) => _capital[first - _first] < end;
}
