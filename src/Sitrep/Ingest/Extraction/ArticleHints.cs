using System.Buffers;
using AngleSharp.Dom;
using Sitrep.Resources;

namespace Sitrep.Ingest.Extraction;

/// <summary>
/// The class and id hints of <c>resources/html/article-hints.tsv</c>: words that, found in an element's class or id,
/// say whether it holds the article (positive), something else (negative), boilerplate to leave out (unlikely),
/// or an article part that an unlikely word would wrongly leave out (likely).
/// </summary>
internal sealed class ArticleHints
{
    /// <summary>What one hint adds to or takes from a candidate's score, as in Readability.</summary>
    public const int Weight = 25;

    private static readonly string[] Kinds = ["positive", "negative", "unlikely", "likely"];

    private readonly SearchValues<string> _positive;
    private readonly SearchValues<string> _negative;
    private readonly SearchValues<string> _unlikely;
    private readonly SearchValues<string> _likely;

    private ArticleHints(ILookup<string, string> byKind)
    {
        _positive = Words(byKind["positive"]);
        _negative = Words(byKind["negative"]);
        _unlikely = Words(byKind["unlikely"]);
        _likely = Words(byKind["likely"]);
    }

    public static string DefaultPath => Path.Combine(ResourcePaths.Root, "html", "article-hints.tsv");

    /// <summary>Reads a hint file; throws <see cref="InvalidDataException"/> naming <c>file:line</c> for an unknown kind.</summary>
    public static ArticleHints Load(string path)
    {
        var rows = TsvFile.Read(path);
        foreach (var row in rows)
        {
            if (row["hint"].Length == 0 || !Kinds.Contains(row["kind"]))
                throw new InvalidDataException($"{row.Citation}: a hint and one of {string.Join(", ", Kinds)} expected");
        }
        return new ArticleHints(rows.ToLookup(r => r["kind"], r => r["hint"]));
    }

    /// <summary>+25 for a positive hint in the class or id, −25 for a negative one (both may apply).</summary>
    public int WeightOf(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0) return 0;
        var weight = 0;
        if (names.ContainsAny(_positive)) weight += Weight;
        if (names.ContainsAny(_negative)) weight -= Weight;
        return weight;
    }

    public bool IsUnlikely(IElement element)
    {
        var names = Names(element);
        return names.Length > 0 && names.ContainsAny(_unlikely) && !names.ContainsAny(_likely);
    }

    private static ReadOnlySpan<char> Names(IElement element) =>
        $"{element.GetAttribute("class")} {element.GetAttribute("id")}".AsSpan().Trim();

    private static SearchValues<string> Words(IEnumerable<string> words) =>
        SearchValues.Create(words.ToArray(), StringComparison.OrdinalIgnoreCase);
}
