using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>The cheap pre-filter: the stretches of a sentence near a cue token, the only text a slow model is given.</summary>
public static class CueWindows
{
    /// <summary>Token ranges [First, End) reaching <paramref name="reach"/> tokens either side of each cue, merged where they touch.</summary>
    public static IEnumerable<(int First, int End)> Around(Sentence sentence, Func<int, bool> isCue, int reach)
    {
        int? first = null;
        var end = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!isCue(i)) continue;
            var lo = Math.Max(sentence.FirstToken, i - reach);
            var hi = Math.Min(sentence.EndToken, i + reach + 1);
            if (first is not null && lo <= end)
            {
                end = Math.Max(end, hi);
                continue;
            }
            if (first is int done) yield return (done, end);
            first = lo;
            end = hi;
        }
        if (first is int last) yield return (last, end);
    }
}
