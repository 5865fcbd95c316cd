using System.Globalization;
using Sitrep.Resources;

namespace Sitrep.Text;

/// <summary>
/// The segmenter's view of every UTF-16 character: a kind from its Unicode category, overridden and
/// given roles (apostrophe, hyphen, quote…) by the shared character classes file. Built once, read-only.
/// </summary>
public sealed class CharClasses
{
    public const string FileName = "char-classes.tsv";

    private static readonly Dictionary<string, CharTraits> TraitsByClass = new(StringComparer.Ordinal)
    {
        ["apostrophe"] = CharTraits.Apostrophe,
        ["hyphen"] = CharTraits.Hyphen,
        ["dash"] = CharTraits.Dash,
        ["sentence-final"] = CharTraits.SentenceFinal,
        ["closing-quote"] = CharTraits.ClosingQuote,
        ["opening-quote"] = CharTraits.OpeningQuote,
        ["either-quote"] = CharTraits.EitherQuote,
        ["number-separator"] = CharTraits.NumberSeparator,
        ["digit-group-space"] = CharTraits.DigitGroupSpace,
    };

    private static readonly Dictionary<string, CharKind> KindsByClass = new(StringComparer.Ordinal)
    {
        ["symbol"] = CharKind.Symbol,
        ["line-break"] = CharKind.LineBreak,
    };

    private readonly CharKind[] _kinds = new CharKind[char.MaxValue + 1];
    private readonly CharTraits[] _traits = new CharTraits[char.MaxValue + 1];

    private CharClasses(IEnumerable<TsvRow> rows)
    {
        for (var c = 0; c <= char.MaxValue; c++)
            _kinds[c] = KindOf((char)c);
        foreach (var row in rows)
        {
            var name = row["class"];
            var isTrait = TraitsByClass.TryGetValue(name, out var trait);
            var isKind = KindsByClass.TryGetValue(name, out var kind);
            if (!isTrait && !isKind)
                throw new InvalidDataException($"{row.Citation}: unknown character class '{name}'");
            foreach (var c in ParseCodePoints(row))
            {
                if (isTrait) _traits[c] |= trait;
                else _kinds[c] = kind;
            }
        }
    }

    /// <summary>Reads a character classes file: columns <c>class</c>, <c>code_points</c> (U+XXXX, space separated), <c>note</c>.</summary>
    public static CharClasses Load(string path) => new(TsvFile.Read(path));

    /// <summary>The classes shared by all languages, from <c>resources/lang/shared/</c>.</summary>
    public static CharClasses LoadShared() => Load(Path.Combine(ResourcePaths.Shared, FileName));

    internal CharKind Kind(char c) => _kinds[c];

    internal bool Has(char c, CharTraits traits) => (_traits[c] & traits) != 0;

    internal bool IsWordChar(char c) => _kinds[c] is CharKind.Letter or CharKind.Mark or CharKind.Digit;

    /// <summary>A word character with no apostrophe or hyphen role: a word just goes on over it.</summary>
    internal bool IsPlainWordChar(char c) => !Has(c, CharTraits.Apostrophe | CharTraits.Hyphen) && IsWordChar(c);

    /// <summary>Whether the character at <paramref name="index"/> exists and continues a word.</summary>
    internal bool IsWordCharAt(string text, int index) => index < text.Length && IsWordChar(text[index]);

    private static CharKind KindOf(char c)
    {
        if (char.IsWhiteSpace(c)) return CharKind.Space;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharKind.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharKind.Punctuation,
            UnicodeCategory.Format => CharKind.Format,
            // Token text is folded one UTF-16 unit at a time (TextNormalizer), which throws on surrogates and
            // noncharacters, so these never enter a token; they are as rare in news text as controls.
            UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => CharKind.Ignorable,
            _ => CharKind.Symbol,
        };
    }

    private static IEnumerable<char> ParseCodePoints(TsvRow row)
    {
        foreach (var item in row["code_points"].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!item.StartsWith("U+", StringComparison.Ordinal)
                || !int.TryParse(item.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                || code > char.MaxValue || char.IsSurrogate((char)code))
                throw new InvalidDataException($"{row.Citation}: '{item}' is not a U+XXXX code point of the basic plane");
            yield return (char)code;
        }
    }
}
