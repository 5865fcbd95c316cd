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
}
