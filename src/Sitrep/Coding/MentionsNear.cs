using Sitrep.Collections;

namespace Sitrep.Coding;

/// <summary>
/// Mentions in token order (as <see cref="SentenceMentions"/> gives them), searched by token range with a binary
/// search, so that rules asking "which cue lies near this number?" of every number of a long sentence do not
/// re-read every cue of the sentence each time.
/// </summary>
public sealed class MentionsNear
{
    private readonly IReadOnlyList<LocatedMention> _mentions;
    private readonly int _longest;

    /// <param name="mentions">Sorted by first token. A list is read as it is, not copied: a sentence's mentions of a kind
    /// are indexed this way for each sentence, and never change.</param>
    public MentionsNear(IEnumerable<LocatedMention> mentions)
    {
        var list = mentions as IReadOnlyList<LocatedMention> ?? mentions.ToList();
        foreach (var m in list) _longest = Math.Max(_longest, m.EndToken - m.FirstToken);
        _mentions = list;
    }

    /// <summary>
    /// In their order, every mention that ends at or after token <paramref name="from"/> and starts at or before
    /// token <paramref name="to"/>, and maybe a few others ending shortly before: callers test each one as they would
    /// have tested every mention.
    /// </summary>
    public IEnumerable<LocatedMention> Around(int from, int to)
    {
        // A mention ending at or after `from` starts at or after `from - longest`.
        for (var i = FirstStartingAtOrAfter(from - _longest); i < _mentions.Count && _mentions[i].FirstToken <= to; i++)
            yield return _mentions[i];
    }

    private int FirstStartingAtOrAfter(int token) =>
        SortedSearch.FirstAtOrAfter(0, _mentions.Count, token, i => _mentions[i].FirstToken);
}
