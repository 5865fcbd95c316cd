using System.Globalization;
using Sitrep.Model;
using Sitrep.Recognition.Dates;

namespace Sitrep.Coding;

/// <summary>
/// Codes the figures a sentence asserts that are not an event's casualties: "70% des quartiers",
/// "100.000 ont fui", "2 500 combattants amnistiés" — figures of people, territory, distances and shares
/// (units listed in claim_units.txt); counts of anything else are no claims.
/// </summary>
public sealed class ClaimCoder
{
    private readonly NounList _claimUnits;

    public ClaimCoder(NounList claimUnits) => _claimUnits = claimUnits;

    public static ClaimCoder Load(string language) => new(NounList.Load(language, "claim_units.txt"));

    /// <summary>
    /// A figure the text states ("38", "une centaine"), not an article read as one ("un kamikaze"), which the quantity
    /// recognizer cites from counted_nouns.txt.
    /// </summary>
    public static bool IsStatedFigure(LocatedMention q) => !q.Mention.Entry.Contains("counted_nouns", StringComparison.Ordinal);

    public IEnumerable<Claim> Code(SentenceMentions s, IReadOnlySet<LocatedMention> used, Attribution attribution, DateOnly? date)
    {
        var dateSpans = new SpanIndex(s.Of(MentionKind.Date).Select(d => d.Span));
        foreach (var q in s.Of(MentionKind.Quantity))
        {
            if (used.Contains(q) || dateSpans.Overlaps(q.Span)) continue;
            if (!double.TryParse(q.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            if (!_claimUnits.Contains(q.Detail ?? "") || !IsStatedFigure(q)) continue;
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
