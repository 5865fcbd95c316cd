using System.Globalization;
using Sitrep.Model;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Codes the figures a sentence asserts that are not an event's casualties: "70% des quartiers",
/// "100.000 ont fui", "2 500 combattants amnistiés" — figures of people, territory, distances and shares
/// (units listed in claim_units.txt); counts of anything else are no claims.
/// </summary>
public sealed class ClaimCoder
{
    private readonly HashSet<string> _claimUnits;

    public ClaimCoder(IEnumerable<string> claimUnits) => _claimUnits = new HashSet<string>(claimUnits, StringComparer.Ordinal);

    public static ClaimCoder Load(string language) =>
        new(TsvFile.ReadList(Path.Combine(ResourcePaths.Language(language), "claim_units.txt")));

    private bool IsClaimUnit(string unit)
    {
        var folded = Sitrep.Text.TextNormalizer.Normalize(unit);
        return _claimUnits.Contains(folded) || folded.Length > 2 && folded[^1] is 's' or 'x' && _claimUnits.Contains(folded[..^1]);
    }

    public IEnumerable<Claim> Code(SentenceMentions s, IReadOnlySet<LocatedMention> used, Attribution attribution, DateOnly? date)
    {
        var dateSpans = s.Of(MentionKind.Date).Select(d => d.Span).ToList();
        foreach (var q in s.Of(MentionKind.Quantity))
        {
            if (used.Contains(q) || dateSpans.Any(d => d.Overlaps(q.Span))) continue;
            if (!double.TryParse(q.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            if (!IsClaimUnit(q.Detail ?? "")) continue;
            yield return new Claim
            {
                DocId = s.Text.Document.Id,
                Quote = s.Quote,
                QuoteSpan = s.Text.SpanOf(s.Sentence),
                Quantity = q.Detail ?? "",
                Value = value,
                Unit = q.Detail,
                Date = date,
                Sources = attribution.Chain,
                Why = [$"quantity: {q.Mention.Entry}", $"attribution: {attribution.Rule}"],
            };
        }
    }
}
