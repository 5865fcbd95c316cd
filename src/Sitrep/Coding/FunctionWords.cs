using System.Collections.Frozen;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>What a grammatical word does in a sentence; function_words.tsv lists each language's words for each.</summary>
public enum FunctionWord
{
    Of,
    Article,
    Link,
    And,
    Or,
    That,
    Who,
    Have,
    HaveInfinitive,
    Been,
    By,
    Between,
    RangeStart,
    RangeLink,
    To,
    StressedPronoun,
    Preposition,
    PeopleVerb,
}

/// <summary>
/// The grammatical words the coding rules read ("de", "du" and "des" link a noun to its complement), by function, so
/// that a rule names the function and the language's file names the words. Words are compared folded, as token norms are.
/// </summary>
public sealed class FunctionWords
{
    private readonly FrozenSet<string>[] _words;
    /// <summary>
    /// A word's functions, one bit each (18 of 32), asked once per word and thread: the rules test the tokens around
    /// every trigger, cue and actor, and the memo of a token the recognizers just read is at hand where a set is not.
    /// </summary>
    private readonly WordAnswers<uint> _functions;

    public FunctionWords(IEnumerable<(string Word, FunctionWord Function)> words)
    {
        var byFunction = Enum.GetValues<FunctionWord>().Select(_ => new List<string>()).ToArray();
        foreach (var (word, function) in words) byFunction[(int)function].Add(word);
        _words = byFunction.Select(list => list.ToFrozenSet(StringComparer.Ordinal)).ToArray();
        _functions = new WordAnswers<uint>(FunctionsOf);
    }

    public static FunctionWords Load(string language) =>
        Read(Path.Combine(ResourcePaths.Language(language), "function_words.tsv"), $"{language}/function_words.tsv");

    /// <summary>The words of a file in the format of function_words.tsv; an unknown function is an error that cites its line.</summary>
    public static FunctionWords Read(string path, string citeAs) => new(TsvFile.Read(path, citeAs).Select(Parse));

    /// <summary>Whether <paramref name="word"/> (folded) is one of the language's words with this function.</summary>
    public bool Is(string word, FunctionWord function) => _words[(int)function].Contains(word);

    /// <summary>Whether the word's norm is one of the language's words with this function, as <see cref="Is(string, FunctionWord)"/> says.</summary>
    public bool Is(WordMemo word, FunctionWord function) => (_functions.Of(word) & (1u << (int)function)) != 0;

    private uint FunctionsOf(string norm)
    {
        var functions = 0u;
        for (var f = 0; f < _words.Length; f++)
            if (_words[f].Contains(norm)) functions |= 1u << f;
        return functions;
    }

    private static (string, FunctionWord) Parse(TsvRow row) =>
        Enum.TryParse<FunctionWord>(row["function"].Replace("-", ""), ignoreCase: true, out var function) && Enum.IsDefined(function)
            ? (row["word"], function)
            : throw new InvalidDataException($"{row.Citation}: unknown function \"{row["function"]}\"");
}
