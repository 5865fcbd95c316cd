using System.Globalization;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>How <c>sitrep eval</c> folds values before comparing them (EVENTS.md, "Matching").</summary>
public static class MatchKeys
{
    /// <summary>
    /// The Arabic article as French texts transliterate it. Part of the scoring rule in EVENTS.md rather
    /// than tunable language data: the scorer must not change when the project's resources do.
    /// </summary>
    private static readonly HashSet<string> Articles = ["al", "el", "as", "ash", "ad", "at", "ar", "az", "an"];

    /// <summary>
    /// A written location folded for comparison: case and diacritics folded, every article word that
    /// precedes another word dropped, and hyphens, apostrophes, spaces and other punctuation removed,
    /// so that "al-Chaar", "Al Chaar" and "Chaar" agree, as do "Alep-Est" and "Alep Est".
    /// </summary>
    public static string Location(string? written)
    {
        if (string.IsNullOrWhiteSpace(written)) return "";
        var words = Words(TextNormalizer.Normalize(written));
        var key = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
            if (i == words.Count - 1 || !Articles.Contains(words[i]))
                key.Append(words[i]);
        return key.ToString();
    }

    /// <summary>Canonical names (types, actors, sources) agree when equal ignoring case and surrounding spaces; null equals null.</summary>
    public static bool SameName(string? a, string? b) =>
        a is null || b is null ? a is null && b is null : NameKey(a) == NameKey(b);

    /// <summary>The nearest source of a chain (its first element), or null for an empty chain.</summary>
    public static string? NearestSource(IReadOnlyList<string> chain) => chain.Count > 0 ? chain[0] : null;

    /// <summary>A label word (already a lemma) folded for comparison: trimmed, lower case, typographic apostrophe unified.</summary>
    public static string Word(string lemma) => lemma.Trim().ToLowerInvariant().Replace('\u2019', '\'');

    /// <summary>A canonical name folded so that names equal under <see cref="SameName"/> share a key.</summary>
    public static string NameKey(string name) => name.Trim().ToUpperInvariant();

    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (IsWordChar(c)) { word.Append(c); continue; }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    // Modifier letters count as letters to .NET, but the transliterations' ʿ and ʾ are apostrophes here.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.ModifierLetter;
}
