using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>One gold line of kind <c>claim</c>; <see cref="Line"/> is its line in the gold file.</summary>
public sealed record GoldClaim(
    int Line,
    string DocId,
    string Quote,
    string Quantity,
    double Value,
    string? Unit,
    DateOnly? Date,
    IReadOnlyList<string> Sources)
{
    /// <summary>The gold claim as a pipeline claim (empty quote span: gold gives no offsets).</summary>
    public Claim ToClaim() => new()
    {
        DocId = DocId,
        Quote = Quote,
        QuoteSpan = default,
        Quantity = Quantity,
        Value = Value,
        Unit = Unit,
        Date = Date,
        Sources = Sources,
        Why = [$"gold:{Line}"],
    };
}
