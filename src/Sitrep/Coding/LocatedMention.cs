using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// A mention with the tokens it covers, [FirstToken, EndToken). A value, not an object: the coder places every mention
/// of every document (a hundred an article), and as objects they were an allocation each and a pointer away from the
/// lists that hold them, read for every cue, trigger and actor test. Equal as the record class was: by mention and tokens.
/// </summary>
public readonly record struct LocatedMention(Mention Mention, int FirstToken, int EndToken)
{
    public MentionKind Kind => Mention.Kind;
    public string Value => Mention.Value;
    public string? Detail => Mention.Detail;
    public TextSpan Span => Mention.Span;
}
