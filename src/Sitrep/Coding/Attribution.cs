namespace Sitrep.Coding;

/// <summary>A source chain, nearest first, and the rule that found it (empty chain = nothing cited).</summary>
public sealed record Attribution(IReadOnlyList<string> Chain, string Rule)
{
    public static readonly Attribution None = new([], "no named source");

    public bool IsExplicit => Chain.Count > 0 && Rule != "outlet";
}
