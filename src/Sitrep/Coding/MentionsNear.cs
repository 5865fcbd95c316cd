using System.Collections;

namespace Sitrep.Coding;

/// <summary>
/// Mentions in token order (as <see cref="SentenceMentions"/> gives them), searched by token range with a binary
/// search, so that rules asking "which cue lies near this number?" of every number of a long sentence do not
/// re-read every cue of the sentence each time. A value, not an object: a sentence's cues, names or places are indexed
/// this way for every sentence with a trigger, a place or a figure, and an index of none is as cheap as no index.
/// </summary>
public readonly struct MentionsNear
{
    private readonly MentionList _mentions;
    private readonly int _longest;

    /// <param name="mentions">Sorted by first token. Read as it is, not copied: a sentence's mentions of a kind are
    /// indexed this way for each sentence, and never change.</param>
    public MentionsNear(MentionList mentions)
    {
        for (var i = 0; i < mentions.Count; i++) _longest = Math.Max(_longest, mentions[i].EndToken - mentions[i].FirstToken);
        _mentions = mentions;
    }

    /// <summary>
    /// In their order, every mention that ends at or after token <paramref name="from"/> and starts at or before
    /// token <paramref name="to"/>, and maybe a few others ending shortly before: callers test each one as they would
    /// have tested every mention.
    /// </summary>
    public Window Around(int from, int to) =>
        // A mention ending at or after `from` starts at or after `from - longest`.
        new(_mentions, FirstStartingAtOrAfter(from - _longest), to);

    /// <summary>
    /// The first index whose mention starts at or after the token (the count when none does). A search of its own, not
    /// <see cref="Sitrep.Collections.SortedSearch"/>'s with a key delegate: rules ask it for every place and number.
    /// </summary>
    private int FirstStartingAtOrAfter(int token)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (_mentions[mid].FirstToken < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The mentions of <see cref="Around"/>: read by <c>foreach</c> with no enumerator to allocate (a rule reads one
    /// window for every place or number it weighs).
    /// </summary>
    public readonly struct Window(MentionList mentions, int start, int to) : IEnumerable<LocatedMention>
    {
        public Enumerator GetEnumerator() => new(mentions, start, to);

        IEnumerator<LocatedMention> IEnumerable<LocatedMention>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator(MentionList mentions, int start, int to) : IEnumerator<LocatedMention>
        {
            private int _index = start - 1;

            public readonly LocatedMention Current => mentions[_index];

            readonly object IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < mentions.Count && mentions[_index].FirstToken <= to;

            public void Reset() => _index = start - 1;

            public readonly void Dispose() { }
        }
    }
}
