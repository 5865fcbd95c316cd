using System.Globalization;

namespace Sitrep.Recognition.Numbers;

/// <summary>A quantity mention's value: the number in invariant culture, "2500", "1.5", up to ten decimals.</summary>
public static class QuantityValue
{
    /// <summary>Below this, a double holds every integer exactly and the custom format writes all its digits.</summary>
    private const double ExactIntegers = 1e15;

    public static string Format(double value) =>
        // Nearly every figure is a whole number, which needs no custom format (the costlier part of reading a figure).
        double.IsInteger(value) && value is > 0 and < ExactIntegers
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>Digits a whole number may have to be read by <see cref="TryRead"/> itself: a double holds it exactly.</summary>
    private const int ExactDigits = 15;

    /// <summary>
    /// As <c>double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number)</c>: the coder reads a
    /// figure's value up to three times (is it a count, a toll, a claim?), and nearly every one is a whole number, read
    /// here digit by digit; anything else goes to the parser.
    /// </summary>
    public static bool TryRead(string value, out double number)
    {
        if (value.Length is 0 or > ExactDigits)
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        long whole = 0;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c)) return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            whole = whole * 10 + (c - '0');
        }
        number = whole;
        return true;
    }
}
