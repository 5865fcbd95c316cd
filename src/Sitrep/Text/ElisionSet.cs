namespace Sitrep.Text;

/// <summary>
/// The elided words of a language ("l", "qu", "jusqu"), kept without their apostrophe and matched
/// case-insensitively, so that "L’", "l'" and "QU’" all count.
/// </summary>
internal sealed class ElisionSet
{
    public const string FileName = "elisions.txt";

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ElisionSet(IEnumerable<string> elisions, CharClasses chars)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var elision in elisions)
        {
            var word = elision.AsSpan().Trim();
            while (word.Length > 0 && chars.Has(word[^1], CharTraits.Apostrophe))
                word = word[..^1];
            if (word.Length == 0)
                throw new ArgumentException($"'{elision}' is not an elision: no word before the apostrophe", nameof(elisions));
            set.Add(word.ToString());
        }
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
