namespace Sitrep.Coding;

/// <summary>A source chain, nearest first, and the rule that found it (empty chain = nothing cited).</summary>
public sealed record Attribution(IReadOnlyList<string> Chain, string Rule)
{
    public static readonly Attribution None = new([], "no named source");

    /// <summary>The sentence cites a source that names nobody ("a indiqué une source militaire"): it cites no one, and ends any carried attribution.</summary>
    public static readonly Attribution Unnamed = new([], "unnamed source");

    public bool IsExplicit => Chain.Count > 0 && Rule != "outlet";
}
