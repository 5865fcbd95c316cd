using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>Multi-word phrases matched token by token on folded text; the longest phrase at a token wins.</summary>
/// <remarks>All phrases are added before the first match, as answers about the first words are remembered with the words.</remarks>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new();
    // The same, read at every token, longest first: made again at each Add (phrases are added at load only).
    private WordTable<(string[] Words, T Value)[]> _firstWords = new([]);
    // Its answers, remembered with each word; they hold until the next Add, so Add refuses once the table has been read.
    private readonly WordAnswers<(string[] Words, T Value)[]?> _firstWordAnswers;
    private bool _read;

    public PhraseTable() => _firstWordAnswers = new(StartingWith);

    public void Add(string phrase, T value)
    {
        if (_read) throw new InvalidOperationException("a phrase table takes no phrase once it has been read");
        var words = TextNormalizer.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _firstWords = new(_byFirstWord.Select(p => KeyValuePair.Create(p.Key, p.Value.ToArray())));
    }

    /// <summary>The phrases whose first word is <paramref name="norm"/>, longest first; null when none is. For a caller
    /// that remembers this answer with its own about the word, one memo read a token for both
    /// (<see cref="LongestAt(AnalyzedText, int, int, ValueTuple{string[], T}[])"/>).</summary>
    public (string[] Words, T Value)[]? StartingWith(string norm)
    {
        // Every thread that reads writes the same value, so no lock; written once, not at every token, which would make
        // the cores that share the table pass its cache line to and fro.
        if (!_read) _read = true;
        return _firstWords.GetValueOrDefault(norm);
    }

    /// <summary>The longest phrase starting at <paramref name="token"/> and ending before <paramref name="endToken"/>.</summary>
    public (int Length, T Value)? LongestAt(AnalyzedText text, int token, int endToken) =>
        LongestAt(text, token, endToken, _firstWordAnswers.Of(text.Word(token)));

    /// <inheritdoc cref="LongestAt(AnalyzedText, int, int)"/>
    /// <param name="startingWith">What <see cref="StartingWith"/> answers about the token's norm.</param>
    public (int Length, T Value)? LongestAt(AnalyzedText text, int token, int endToken, (string[] Words, T Value)[]? startingWith)
    {
        if (startingWith is null) return null;
        foreach (var (words, value) in startingWith)
            if (token + words.Length <= endToken && RestMatches(text, token, words))
                return (words.Length, value);
        return null;
    }

    private static bool RestMatches(AnalyzedText text, int token, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
            if (text.Norm(token + k) != words[k]) return false;
        return true;
    }
}
