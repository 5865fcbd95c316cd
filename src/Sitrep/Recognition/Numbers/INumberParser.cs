namespace Sitrep.Recognition.Numbers;

/// <summary>
/// Reads the numbers written in a short window of text ("2 500", "1,5 million", "vingt et un").
/// Callers hand it only stretches of digits and number words. Thread-safe.
/// </summary>
public interface INumberParser
{
    IReadOnlyList<ParsedNumber> Parse(string window);
}

/// <summary>A number in a window: offsets into the window and its value.</summary>
public sealed record ParsedNumber(int Start, int Length, double Value);
