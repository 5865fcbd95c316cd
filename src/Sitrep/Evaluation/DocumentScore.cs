namespace Sitrep.Evaluation;

/// <summary>The scores of one gold document.</summary>
public sealed record DocumentScore(string DocId, MatchCounts Events, MatchCounts Claims, MatchCounts Labels);
