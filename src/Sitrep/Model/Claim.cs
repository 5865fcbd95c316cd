namespace Sitrep.Model;

/// <summary>A figure that a source asserts and that is not itself an event row.</summary>
public sealed record Claim
{
    public required string DocId { get; init; }
    public required string Quote { get; init; }
    public required TextSpan QuoteSpan { get; init; }
    /// <summary>What is measured, in words (e.g. "people killed", "share of neighbourhoods").</summary>
    public required string Quantity { get; init; }
    public required double Value { get; init; }
    public string? Unit { get; init; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<string> Why { get; init; } = [];
}
