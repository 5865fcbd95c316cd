namespace Sitrep.Coding;

/// <summary>A source chain, nearest first, and the rule that found it (empty chain = nothing cited).</summary>
public sealed record Attribution(IReadOnlyList<string> Chain, string Rule)
{
    public static readonly Attribution None = new([], "no named source");

    /// <summary>The sentence cites a source that names nobody ("a indiqué une source militaire"): it cites no one, and ends any carried attribution.</summary>
    public static readonly Attribution Unnamed = new([], "unnamed source");

    public bool IsExplicit => Chain.Count > 0 && Rule != "outlet";

    /// <summary>A sentence whose speaker refers back to the last source cited ("il a précisé"), or to the last one named ("ce dernier").</summary>
    public static Attribution Anaphoric(ReadOnlySpan<char> cue, bool latter) => new([], $"{(latter ? LatterRule : AnaphoricRule)} \"{cue}\"");

    public bool IsAnaphoric => Chain.Count == 0 && Rule.StartsWith(AnaphoricRule, StringComparison.Ordinal);

    /// <summary>Who the anaphoric speaker is, given the last chain cited: that chain, or its last-named source alone.</summary>
    public Attribution Resolve(Attribution lastCited) =>
        Rule.StartsWith(LatterRule, StringComparison.Ordinal)
            ? new Attribution([lastCited.Chain[^1]], Rule + " → " + lastCited.Rule)
            : lastCited with { Rule = Rule + " → " + lastCited.Rule };

    private const string AnaphoricRule = "anaphoric";
    private const string LatterRule = "anaphoric, the latter";
}
