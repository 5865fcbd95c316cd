namespace Sitrep.Recognition.Dates;

/// <summary>
/// Finds time expressions in a short window of text. Slow implementations are fine: callers hand it
/// only the few tokens around a date cue. Thread-safe.
/// </summary>
public interface ITemporalParser
{
    /// <param name="window">A few tokens of text, never a whole document.</param>
    /// <param name="reference">The day relative expressions ("hier", "mardi dernier") are read against.</param>
    IReadOnlyList<TemporalExpression> Parse(string window, System.DateTime reference);
}

/// <summary>A time expression in a window: where it is (offsets into the window) and its TIMEX value.</summary>
/// <param name="Timex">TIMEX3 value: <c>2016-12-05</c>, <c>XXXX-WXX-2</c>, <c>XXXX-10</c>, <c>P2W</c>, <c>(a,b,P1D)</c>...</param>
/// <param name="Mod">The model's modifier, e.g. <c>since</c> for "depuis jeudi"; null when none.</param>
public sealed record TemporalExpression(int Start, int Length, string Timex, string? Mod);
