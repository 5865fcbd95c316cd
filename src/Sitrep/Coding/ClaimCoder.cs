using System.Globalization;
using Sitrep.Model;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Codes the figures a sentence asserts that are not an event's casualties: "70% des quartiers",
/// "100.000 ont fui", "2 500 combattants amnistiés". Times, ages and durations are no claims
/// (units listed in claim_units.tsv).
/// </summary>
public sealed class ClaimCoder
{
    private readonly HashSet<string> _notClaims;

    public ClaimCoder(IEnumerable<string> nonClaimUnits) => _notClaims = new HashSet<string>(nonClaimUnits, StringComparer.Ordinal);

    public static ClaimCoder Load(string language) =>
        new(TsvFile.ReadList(Path.Combine(ResourcePaths.Language(language), "non_claim_units.txt")));

    public IEnumerable<Claim> Code(SentenceMentions s, IReadOnlySet<LocatedMention> used, Attribution attribution, DateOnly? date)
    {
        var dateSpans = s.Of(MentionKind.Date).Select(d => d.Span).ToList();
        foreach (var q in s.Of(MentionKind.Quantity))
        {
            if (used.Contains(q) || dateSpans.Any(d => d.Overlaps(q.Span))) continue;
            if (!double.TryParse(q.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            var unit = Sitrep.Text.TextNormalizer.Normalize(q.Detail ?? "");
            if (unit.Length == 0 || _notClaims.Contains(unit)) continue;
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
