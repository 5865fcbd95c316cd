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
        // Filled through locals, each token read once: the loop is run over every token of every text.
        var stop = room[..count];
        var capital = room.Slice(count, count);
        var nextStop = sentence.EndToken;
        var nextCapital = sentence.EndToken;
        stop[^1] = capital[^1] = sentence.EndToken;
        for (var t = sentence.EndToken - 1; t >= _first; t--)
        {
            var token = text.Tokens[t];
            if (token.Kind != TokenKind.Word || PlaceScanner.IsElision(text, t)) nextStop = t;
            if (PlaceScanner.IsCapitalised(text.Text.AsSpan(token.Start, token.Length))) nextCapital = t;
            stop[t - _first] = nextStop;
            capital[t - _first] = nextCapital;
        }
        _stop = stop;
        _capital = capital;
    }

    public static int Room(Sentence sentence) => 2 * (sentence.EndToken - sentence.FirstToken + 1);

    /// <summary>Where the run of word tokens from <paramref name="start"/> ends, after at most <paramref name="maxTokens"/>.</summary>
    public int RunEnd(int start, int maxTokens) => Math.Min(_stop[start - _first], start + maxTokens);

    /// <summary>Whether a token of the sentence is a word that is not an elision, one a name may span.</summary>
    public bool IsNameWord(int token) => _stop[token - _first] != token;

    /// <summary>Whether a token of the sentence is capitalised (<see cref="PlaceScanner.IsCapitalised(ReadOnlySpan{char})"/>).</summary>
    public bool IsCapitalised(int token) => _capital[token - _first] == token;

    /// <summary>Whether a token of [<paramref name="first"/>, <paramref name="end"/>) is capitalised (end at most the sentence's).</summary>
    public bool AnyCapitalised(int first, int end) => _capital[first - _first] < end;
}
