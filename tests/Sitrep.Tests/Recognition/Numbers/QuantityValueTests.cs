using System.Globalization;
using Sitrep.Recognition.Numbers;

namespace Sitrep.Tests.Recognition.Numbers;

public class QuantityValueTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(2500)]
    [InlineData(1500000)]
    [InlineData(999999999999999)]
    [InlineData(1e15)]
    [InlineData(123456789012345678)]
    [InlineData(1e21)]
    [InlineData(0)]
    [InlineData(-0.0)]
    [InlineData(-12)]
    [InlineData(1.5)]
    [InlineData(2.25)]
    [InlineData(0.1 + 0.2)]
    [InlineData(1e-11)]
    public void WholeAndFractionalValuesAreWrittenAsTheTenDecimalFormatWritesThem(double value) =>
        Assert.Equal(value.ToString("0.##########", CultureInfo.InvariantCulture), QuantityValue.Format(value));

    [Theory]
    [InlineData("7")]
    [InlineData("2500")]
    [InlineData("007")]
    [InlineData("999999999999999")]
    [InlineData("1000000000000000")]
    [InlineData("123456789012345678")]
    [InlineData("1.5")]
    [InlineData("-12")]
    [InlineData("1e21")]
    [InlineData(" 12")]
    [InlineData("12 ")]
    [InlineData("1,5")]
    [InlineData("٣")]
    [InlineData("")]
    [InlineData("douze")]
    public void ValuesAreReadAsTheParserReadsThem(string value)
    {
        var parsed = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
        Assert.Equal(parsed, QuantityValue.TryRead(value, out var read));
        Assert.Equal(expected, read);
    }
}
