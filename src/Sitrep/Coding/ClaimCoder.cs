using System.Collections.Concurrent;
using Sitrep.Model;
using Sitrep.Recognition.Numbers;

namespace Sitrep.Coding;

/// <summary>
/// Codes the figures a sentence asserts that are not an event's casualties: "70% des quartiers",
/// "100.000 ont fui", "2 500 combattants amnistiés" — figures of people, territory, distances and shares
/// (units listed in claim_units.txt); counts of anything else are no claims.
/// </summary>
public sealed class ClaimCoder
{
    private readonly NounList _claimUnits;

    /// <summary>
    /// Each quantity entry's why line ("quantity: NumberGrammar"), written once for the run and shared by the threads: the
    /// entries are the resources' (a grammar, a row of vague_numbers.tsv), and most claims cite the same few.
    /// </summary>
    private readonly ConcurrentDictionary<string, string> _quantityLines = new(StringComparer.Ordinal);

    public ClaimCoder(NounList claimUnits) => _claimUnits = claimUnits;

    public static ClaimCoder Load(string language) => new(NounList.Load(language, "claim_units.txt"));

    /// <summary>
    /// A figure the text states ("38", "une centaine"), not an article read as one ("un kamikaze"), which the quantity
    /// recognizer cites from counted_nouns.txt.
    /// </summary>
    public static bool IsStatedFigure(Mention q) => !q.Entry.Contains("counted_nouns", StringComparison.Ordinal);

    /// <summary>Adds the sentence's claims to <paramref name="claims"/> (a list filled in place, not an iterator made for every sentence with a number).</summary>
    /// <param name="used">The figures the sentence's events took as casualties: no claims.</param>
    /// <param name="sources">The sentence's attribution chain.</param>
    /// <param name="attributionLine">Its why line: the one the sentence's events write, not written again for each claim.</param>
    public void Code(SentenceMentions s, IReadOnlyList<Mention> used, IReadOnlyList<string> sources, string attributionLine, DateOnly? date, List<Claim> claims)
    {
        var quantities = s.Of(MentionKind.Quantity);
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (used.Contains(q.Mention) || OverlapsADate(s, q.Span)) continue;
            if (!QuantityValue.TryRead(q.Value, out var value)) continue;
            if (!_claimUnits.Contains(q.Detail ?? "") || !IsStatedFigure(q.Mention)) continue;
            claims.Add(new Claim
            {
                DocId = s.Text.Document.Id,
                Quote = s.Quote,
                QuoteSpan = s.Text.SpanOf(s.Sentence),
                Quantity = q.Detail ?? "",
                Value = value,
                Unit = q.Detail,
                Date = date,
                Sources = sources,
                // An array: a collection expression for a read-only list wraps its array in a second object.
                Why = new[] { _quantityLines.GetOrAdd(q.Mention.Entry, static entry => "quantity: " + entry), attributionLine },
            });
        }
    }

    /// <summary>A figure inside a date ("le 15 mars") is no claim. A sentence has a few dates: they are read in full.</summary>
    private static bool OverlapsADate(SentenceMentions s, TextSpan span)
    {
        var dates = s.Of(MentionKind.Date);
        for (var i = 0; i < dates.Count; i++)
            if (dates[i].Span.Overlaps(span)) return true;
        return false;
    }
}
