using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>Multi-word phrases matched token by token on folded text; the longest phrase at a token wins.</summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new();
    // The same, read at every token: made again at each Add (phrases are added at load only).
    private WordTable<List<(string[] Words, T Value)>> _firstWords = new([]);

    public void Add(string phrase, T value)
    {
        var words = TextNormalizer.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _firstWords = new WordTable<List<(string[] Words, T Value)>>(_byFirstWord);
    }

    /// <summary>The longest phrase starting at <paramref name="token"/> and ending before <paramref name="endToken"/>.</summary>
    public (int Length, T Value)? LongestAt(AnalyzedText text, int token, int endToken)
    {
        if (!_firstWords.TryGetValue(text.Norm(token), out var candidates)) return null;
        foreach (var (words, value) in candidates)
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
