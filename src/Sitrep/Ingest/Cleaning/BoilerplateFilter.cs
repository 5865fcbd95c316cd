using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Cleaning;

/// <summary>
/// Recognises boilerplate lines (ads, share buttons, "Lire aussi", cookie notices) from the
/// patterns of <c>boilerplate.txt</c> files: one regular expression per line, matched against
/// the whole trimmed line folded by <see cref="Sitrep.Text.TextNormalizer"/>.
/// </summary>
internal sealed class BoilerplateFilter
{
    // Boilerplate is short; testing only short lines keeps a pattern ending in ".*" off real paragraphs.
    private const int MaxLineLength = 300;

    // Non-backtracking: the patterns are data that anyone may edit, and matching stays linear whatever they write.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly Regex _anyEntry;

    private BoilerplateFilter(Regex anyEntry) => _anyEntry = anyEntry;

    /// <summary>Reads the pattern files in order; throws <see cref="InvalidDataException"/> naming <c>file:line</c> for a bad pattern.</summary>
    public static BoilerplateFilter Load(IEnumerable<string> files)
    {
        var entries = new List<(string Entry, string Citation)>();
        foreach (var file in files)
        {
            var lineNo = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNo++;
                var entry = line.Trim();
                if (entry.Length == 0 || entry.StartsWith('#')) continue;
                entries.Add((entry, $"{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}:{lineNo}"));
            }
        }
        if (TryBuild(entries) is { } regex) return new BoilerplateFilter(regex);
        // Something is wrong: each entry is built alone, in order, to name the first bad one.
        foreach (var (entry, citation) in entries) Validate(entry, citation);
        return new BoilerplateFilter(Build(entries));
    }

    /// <summary>
    /// The whole filter, when every entry parses alone and the whole builds; else null. Building one non-backtracking
    /// regex per entry, only to check it, was most of a run's start-up: parsing an entry without that option catches
    /// its syntax errors for a fraction of the cost, and a construct that option refuses is refused in the whole too.
    /// </summary>
    private static Regex? TryBuild(List<(string Entry, string Citation)> entries)
    {
        try
        {
            foreach (var (entry, _) in entries) _ = new Regex($"^(?:{entry})$", RegexOptions.CultureInvariant);
            return Build(entries);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static Regex Build(List<(string Entry, string Citation)> entries)
    {
        var alternation = entries.Count == 0 ? "(?!)" : string.Join('|', entries.Select(e => $"(?:{e.Entry})"));
        return new Regex($"^(?:{alternation})$", Options);
    }

    public bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or >= MaxLineLength) return false;
        return _anyEntry.IsMatch(LineFold.Folded(trimmed).Trim());
    }

    private static void Validate(string entry, string citation)
    {
        try
        {
            _ = new Regex($"^(?:{entry})$", Options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"{citation}: bad boilerplate pattern: {e.Message}");
        }
    }
}
