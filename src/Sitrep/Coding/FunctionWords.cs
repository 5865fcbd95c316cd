using System.Collections.Frozen;
using Sitrep.Resources;

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

    public FunctionWords(IEnumerable<(string Word, FunctionWord Function)> words)
    {
        var byFunction = Enum.GetValues<FunctionWord>().Select(_ => new List<string>()).ToArray();
        foreach (var (word, function) in words) byFunction[(int)function].Add(word);
        _words = byFunction.Select(list => list.ToFrozenSet(StringComparer.Ordinal)).ToArray();
    }

    public static FunctionWords Load(string language) =>
        Read(Path.Combine(ResourcePaths.Language(language), "function_words.tsv"), $"{language}/function_words.tsv");

    /// <summary>The words of a file in the format of function_words.tsv; an unknown function is an error that cites its line.</summary>
    public static FunctionWords Read(string path, string citeAs) => new(TsvFile.Read(path, citeAs).Select(Parse));

    /// <summary>Whether <paramref name="word"/> (folded) is one of the language's words with this function.</summary>
    public bool Is(string word, FunctionWord function) => _words[(int)function].Contains(word);

    private static (string, FunctionWord) Parse(TsvRow row) =>
        Enum.TryParse<FunctionWord>(row["function"].Replace("-", ""), ignoreCase: true, out var function) && Enum.IsDefined(function)
            ? (row["word"], function)
            : throw new InvalidDataException($"{row.Citation}: unknown function \"{row["function"]}\"");
}
