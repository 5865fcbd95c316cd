namespace Sitrep.Coding;

/// <summary>
/// One step's why line ("date: …", "attribution: …"), written once for its rule: the events of a sentence, and of the
/// sentences that carry one paragraph's source or one stated date, share their rule's string, and each event wrote
/// the same line again. One document's: made with its <see cref="DocumentState"/>.
/// </summary>
public sealed class WhyLine(string step)
{
    private string? _rule;
    private string? _line;

    /// <summary>The step and the rule, as one line: the same string as last time when the rule is the same string.</summary>
    public string Of(string? rule)
    {
        if (_line is null || !ReferenceEquals(rule, _rule)) (_rule, _line) = (rule, step + rule);
        return _line;
    }
}
