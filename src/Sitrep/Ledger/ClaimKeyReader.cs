using System.Text.RegularExpressions;
using Sitrep.Model;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Ledger;

/// <summary>
/// Reads a claim's <see cref="ClaimKey"/> from its document. Measure: the unit, folded, losing a final s or x (as the
/// claim coder folds units); a percentage adds the first noun after it past the link words of claim_keys.txt.
/// Place: the place named in the claim's sentence nearest its figure, countries left out (a source's description,
/// "instance médiatique ... en Syrie", names a country, never what a figure counts); with none, the place the
/// document names most, since an article's unplaced figures are about its main place.
/// </summary>
public sealed partial class ClaimKeyReader(IReadOnlySet<string> linkWords)
{
    private const string Percent = "%";
    private const string CountryLevel = "country";
    private const int NounWindow = 40;

    public static ClaimKeyReader Load(string language) =>
        new(TsvFile.ReadList(Path.Combine(ResourcePaths.Language(language), "claim_keys.txt")).ToHashSet(StringComparer.Ordinal));

    /// <summary>The only mentions <see cref="Read"/> looks at: a store need not read the others.</summary>
    public static readonly IReadOnlySet<MentionKind> MentionKinds = new HashSet<MentionKind> { MentionKind.Quantity, MentionKind.Place };

    /// <param name="published">The document's publication day, the key's date when the claim has none.</param>
    /// <param name="mentions">The document's mentions (<see cref="MentionKinds"/> suffice).</param>
    /// <param name="text">The document's text, asked for only by a percentage, whose next noun says what it is a share of.</param>
    public ClaimKey Read(Claim claim, DateOnly? published, IReadOnlyList<Mention> mentions, Func<string> text)
    {
        var figure = mentions.FirstOrDefault(m => m.Kind == MentionKind.Quantity && claim.QuoteSpan.Contains(m.Span)
                                                  && double.TryParse(m.Value, System.Globalization.CultureInfo.InvariantCulture, out var v)
                                                  && v == claim.Value)?.Span ?? claim.QuoteSpan;
        return new ClaimKey(Measure(claim, text, figure), Place(claim, mentions, figure), claim.Date ?? published);
    }

    private string Measure(Claim claim, Func<string> documentText, TextSpan figure)
    {
        var unit = Singular(TextNormalizer.Normalize(claim.Unit ?? claim.Quantity).Trim());
        if (unit != Percent) return unit;
        var text = documentText();
        var after = text.Substring(figure.End, Math.Min(NounWindow, text.Length - figure.End));
        var noun = WordPattern().Matches(TextNormalizer.Normalize(after)).Select(m => m.Value)
            .SkipWhile(w => w == Percent || linkWords.Contains(w)).FirstOrDefault();
        return noun is null ? Percent : $"{Percent} {Singular(noun)}";
    }

    private static string Place(Claim claim, IReadOnlyList<Mention> mentions, TextSpan figure)
    {
        var places = mentions.Where(m => m.Kind == MentionKind.Place && m.Value.Length > 0
                                         && !(m.Detail ?? "").StartsWith(CountryLevel, StringComparison.Ordinal)).ToList();
        var inSentence = places.Where(m => claim.QuoteSpan.Contains(m.Span))
            .OrderBy(m => Math.Abs(m.Span.Start - figure.Start)).ThenBy(m => m.Span.Start).FirstOrDefault();
        if (inSentence is not null) return inSentence.Value;
        return places.GroupBy(m => m.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Span.Start))
            .Select(g => g.Key).FirstOrDefault() ?? "";
    }

    private static string Singular(string word) => word.Length > 2 && word[^1] is 's' or 'x' ? word[..^1] : word;

    [GeneratedRegex(@"%|[\p{L}\p{N}]+", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex WordPattern();
}
