namespace Sitrep.Evaluation;

public enum EvalErrorKind
{
    /// <summary>A gold event no prediction matched.</summary>
    Miss,
    /// <summary>A predicted event that matched no gold event.</summary>
    FalseEvent,
    /// <summary>A matched pair on which some scored fields disagree.</summary>
    FieldDisagreement,
}

/// <summary>
/// One event error, for error analysis. <see cref="Gold"/> is null for a false event, <see cref="Predicted"/>
/// for a miss; <see cref="Fields"/> names the disagreeing fields of a matched pair (empty otherwise).
/// </summary>
public sealed record EvalError(
    string DocId,
    EvalErrorKind Kind,
    EventSummary? Gold,
    EventSummary? Predicted,
    IReadOnlyList<string> Fields);
