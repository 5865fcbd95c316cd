using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>A mention with the tokens it covers, [FirstToken, EndToken).</summary>
public sealed record LocatedMention(Mention Mention, int FirstToken, int EndToken)
{
    public MentionKind Kind => Mention.Kind;
    public string Value => Mention.Value;
    public string? Detail => Mention.Detail;
    public TextSpan Span => Mention.Span;
}
