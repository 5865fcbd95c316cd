using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores predicted events, claims and labels against a gold set, as EVENTS.md ("Matching") says.
/// Only documents the gold names are scored: predictions for other documents are ignored, since nobody has
/// coded them and counting them as false would punish reading more than was annotated. A gold document with
/// no event line still counts (its predicted events are false).
/// </summary>
public static class Evaluator
{
    /// <param name="docs">When given, only the gold documents in this set are scored (e.g. those that were extracted).</param>
    public static EvalReport Score(
        GoldSet gold,
        IReadOnlyList<Event> events,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Label> labels,
        IReadOnlySet<string>? docs = null)
    {
        var scored = gold.Documents.Where(d => docs is null || docs.Contains(d)).Order(StringComparer.Ordinal).ToList();
        var goldEvents = ByDocument(gold.Events.Select(e => e.ToEvent()), e => e.DocId);
        var goldClaims = ByDocument(gold.Claims.Select(c => c.ToClaim()), c => c.DocId);
        var goldLabels = ByDocument(gold.Labels.Select(l => l.ToLabel()), l => l.DocId);
        var predictedEvents = ByDocument(events, e => e.DocId);
        var predictedClaims = ByDocument(claims, c => c.DocId);
        var predictedLabels = ByDocument(labels, l => l.DocId);

        var documents = new List<DocumentScore>();
        var pairs = new List<EventPair>();
        var errors = new List<EvalError>();
        foreach (var doc in scored)
        {
            var matching = EventMatcher.Match([.. goldEvents[doc]], [.. predictedEvents[doc]]);
            pairs.AddRange(matching.Pairs);
            errors.AddRange(Errors(doc, matching));
            documents.Add(new DocumentScore(
                doc,
                new MatchCounts(matching.Pairs.Count, matching.FalseEvents.Count, matching.Misses.Count),
                ClaimMatcher.Count([.. goldClaims[doc]], [.. predictedClaims[doc]]),
                LabelMatcher.Count(goldLabels[doc], predictedLabels[doc])));
        }

        return new EvalReport(
            Sum(documents, d => d.Events),
            FieldAccuracy.Of(pairs),
            Sum(documents, d => d.Claims),
            Sum(documents, d => d.Labels),
            documents,
            errors);
    }

    private static IEnumerable<EvalError> Errors(string doc, EventMatching matching)
    {
        foreach (var miss in matching.Misses)
            yield return new EvalError(doc, EvalErrorKind.Miss, EventSummary.Of(miss), null, []);
        foreach (var falseEvent in matching.FalseEvents)
            yield return new EvalError(doc, EvalErrorKind.FalseEvent, null, EventSummary.Of(falseEvent), []);
        foreach (var pair in matching.Pairs)
        {
            var disagreeing = EventField.Scored.Where(f => !f.Agrees(pair.Gold, pair.Predicted)).Select(f => f.Name).ToList();
            if (disagreeing.Count > 0)
                yield return new EvalError(
                    doc, EvalErrorKind.FieldDisagreement, EventSummary.Of(pair.Gold), EventSummary.Of(pair.Predicted), disagreeing);
        }
    }

    private static ILookup<string, T> ByDocument<T>(IEnumerable<T> items, Func<T, string> doc) =>
        items.ToLookup(doc, StringComparer.Ordinal);

    private static MatchCounts Sum(IEnumerable<DocumentScore> documents, Func<DocumentScore, MatchCounts> part) =>
        documents.Aggregate(default(MatchCounts), (total, d) => total + part(d));
}
