using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>The cheap pre-filter: the stretches of a sentence near a cue token, the only text a slow model is given.</summary>
public static class CueWindows
{
    /// <summary>Token ranges [First, End) reaching <paramref name="reach"/> tokens either side of each cue of
    /// <paramref name="cues"/>, merged where they touch.</summary>
    public static Windows Around(AnalyzedText text, Sentence sentence, DateCues cues, int reach) => new(text, sentence, cues, reach);

    /// <summary>
    /// The windows of one sentence, found as they are enumerated. A struct rather than an iterator: it is asked for
    /// in every sentence of every text, and an iterator and its cue test were two objects a sentence.
    /// </summary>
    public struct Windows(AnalyzedText text, Sentence sentence, DateCues cues, int reach)
    {
        private int _next = sentence.FirstToken;
        // The window being grown; none while _first is negative.
        private int _first = -1;
        private int _end;

        public (int First, int End) Current { get; private set; }

        /// <summary>Whether a cue passed so far names a month (a month name is a cue): once every window has been
        /// enumerated, whether the sentence names one.</summary>
        public bool NamesMonth { get; private set; }

        public readonly Windows GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < sentence.EndToken)
            {
                var i = _next++;
                if (!cues.IsCue(text.Word(i))) continue;
                if (cues.Month(text.Word(i)) is not null) NamesMonth = true;
                var lo = Math.Max(sentence.FirstToken, i - reach);
                var hi = Math.Min(sentence.EndToken, i + reach + 1);
                if (_first >= 0 && lo <= _end)
                {
                    _end = Math.Max(_end, hi);
                    continue;
                }
                var done = (_first, _end);
                _first = lo;
                _end = hi;
                if (done._first < 0) continue;
                Current = done;
                return true;
            }
            if (_first < 0) return false;
            Current = (_first, _end);
            _first = -1;
            return true;
        }
    }
}
