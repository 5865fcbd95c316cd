namespace Sitrep.Recognition.Dates;

/// <summary>
/// How much of one document's text may go to a Microsoft.Recognizers model, whose reading costs about 20 µs a
/// character (20 s a megabyte), against microseconds a window for the grammars. Real articles send a few hundred
/// characters, well inside <see cref="Allowance"/>; only text made of dates or numbers the grammars cannot read
/// (a line of thousands of dates) sends more, and past the budget its windows are left to the grammars alone,
/// so that no document costs more than about a second per megabyte. One budget serves one reading of one document.
/// </summary>
public sealed class ModelBudget(int textLength)
{
    /// <summary>Characters any document may send, however short.</summary>
    public const int Allowance = 2_000;

    /// <summary>Past the allowance, one character of the text in this many.</summary>
    public const int Share = 100;

    private int _left = Math.Max(Allowance, textLength / Share);

    /// <summary>Whether a window of <paramref name="chars"/> characters may still go to the model; if so, it is counted.</summary>
    public bool TrySpend(int chars)
    {
        if (chars > _left) return false;
        _left -= chars;
        return true;
    }
}
