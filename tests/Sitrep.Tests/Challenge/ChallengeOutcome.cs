using System.Text;
using Sitrep.Model;

namespace Sitrep.Tests.Challenge;

/// <summary>
/// How the coder did on one case. Each expected event needs its own predicted event of the same sub-event type
/// and location whose checked fields agree (a one-to-one matching); a "no events" case needs no prediction at all;
/// an exact case allows no prediction beyond the expected ones.
/// </summary>
public sealed class ChallengeOutcome
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => Pipeline.Build("fr"));

    private ChallengeOutcome(ChallengeCase @case, CodedDocument coded)
    {
        Case = @case;
        Coded = coded;
        var predicted = coded.Events;
        Predicted = predicted;
        var matched = ChallengeMatching.Match(@case.Expected, predicted);
        Unmatched = @case.Expected.Where((_, i) => matched[i] is null).ToList();
        Passed = @case.ExpectsNoEvents || @case.Exact
            ? Unmatched.Count == 0 && predicted.Count == @case.Expected.Count
            : Unmatched.Count == 0;
    }

    public ChallengeCase Case { get; }
    public CodedDocument Coded { get; }
    public IReadOnlyList<Event> Predicted { get; }
    public IReadOnlyList<ExpectedEvent> Unmatched { get; }
    public bool Passed { get; }

    public static ChallengeOutcome Of(ChallengeCase @case) =>
        new(@case, SharedPipeline.Value.Run(@case.ToDocument()));

    /// <summary>What was expected, what was predicted (one event a line), and why each unmatched event found no partner.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine($"case {Case.Id}: {string.Join(" / ", Case.Paragraphs)}");
        text.AppendLine(Case.ExpectsNoEvents ? "expected: no events" : $"expected{(Case.Exact ? " (exact)" : "")}:");
        foreach (var e in Case.Expected) text.AppendLine($"  {e}");
        text.AppendLine(Predicted.Count == 0 ? "predicted: nothing" : "predicted:");
        foreach (var e in Predicted) text.AppendLine($"  {ChallengeFields.Describe(e)}");
        foreach (var e in Unmatched) text.AppendLine($"why: {WhyUnmatched(e)}");
        if (Unmatched.Count > 0) text.AppendLine($"recognised: {Recognised()}");
        if (Unmatched.Count == 0 && !Passed) text.AppendLine("why: events predicted beyond the expected ones");
        return text.ToString();
    }

    /// <summary>The triggers, places and actors the recognizers found: where an expected event went missing, this says which stage lost it.</summary>
    private string Recognised()
    {
        var shown = new[] { MentionKind.Trigger, MentionKind.Place, MentionKind.Actor };
        var mentions = Coded.Mentions.Where(m => shown.Contains(m.Kind))
            .Select(m => $"{m.Kind.ToString().ToLowerInvariant()} \"{m.Span.Of(Coded.Document.Text)}\" → {m.Value}");
        return string.Join("; ", mentions.DefaultIfEmpty("nothing"));
    }

    private string WhyUnmatched(ExpectedEvent expected)
    {
        var here = Predicted.Where(p => ChallengeFields.SameLocation(expected, p)).ToList();
        var sameType = here.Where(p => p.SubEventType == expected.SubEventType).ToList();
        if (sameType.Count > 0)
        {
            var nearest = sameType.MinBy(p => ChallengeFields.Disagreements(expected, p).Count())!;
            var fields = ChallengeFields.Disagreements(expected, nearest)
                .Select(f => $"{f} {ChallengeFields.Read(f, nearest) ?? "none"} instead of {expected.Checks[f] ?? "none"}");
            return $"{expected.SubEventType} @ {expected.Location}: {string.Join("; ", fields)}";
        }
        if (here.Count > 0)
            return $"{expected.Location}: sub-type {string.Join(", ", here.Select(p => p.SubEventType).Distinct())} instead of {expected.SubEventType}";
        return Predicted.Any(p => p.SubEventType == expected.SubEventType)
            ? $"{expected.SubEventType}: location {string.Join(", ", Predicted.Where(p => p.SubEventType == expected.SubEventType).Select(p => p.Location ?? "none").Distinct())} instead of {expected.Location}"
            : $"no {expected.SubEventType} event at all";
    }
}
