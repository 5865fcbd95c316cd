namespace Sitrep.Recognition.Dates;

/// <summary>
/// Keeps what reaches Microsoft.Recognizers.Text short. Its models slow down faster than the length of
/// their input (a 10 KB run of dates takes most of a minute), and a hostile sentence can merge every cue
/// window into one; so a long window is cut at spaces into pieces of at most <see cref="MaxChars"/>
/// characters, far longer than any real date or number.
/// </summary>
public static class ModelWindows
{
    public const int MaxChars = 160;

    /// <summary>The pieces of <paramref name="window"/>, each with its offset in the window.</summary>
    public static IEnumerable<(int Offset, string Text)> Pieces(string window, int maxChars = MaxChars)
    {
        var start = 0;
        while (window.Length - start > maxChars)
        {
            var cut = window.LastIndexOf(' ', start + maxChars, maxChars);
            if (cut <= start) cut = start + maxChars;
            if (char.IsHighSurrogate(window[cut - 1])) cut--;
            yield return (start, window[start..cut]);
            start = cut;
        }
        yield return (start, window[start..]);
    }
}
