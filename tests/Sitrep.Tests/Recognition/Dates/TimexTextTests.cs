using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition.Dates;

public class TimexTextTests
{
    // Written from tables: they must write what the interpolations they replace write, out of the tables' range too.
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(-3)]
    public void ANumberIsWrittenAsTheInterpolationWritesIt(int n)
    {
        Assert.Equal($"{n:D2}", TimexText.Two(n));
        Assert.Equal($"XXXX-WXX-{n}", TimexText.Weekday(n));
        Assert.Equal($"{n:D4}-{n:D2}", TimexText.Month(n, n));
        Assert.Equal($"XXXX-{n:D2}-{n:D2}", TimexText.Day(null, n, n));
    }

    [Fact]
    public void EveryDayOfTheYearIsWrittenAsTheInterpolationWritesIt()
    {
        for (var month = 1; month <= 12; month++)
        for (var day = 1; day <= 31; day++)
            Assert.Equal($"{2016:D4}-{month:D2}-{day:D2}", TimexText.Day(2016, month, day));
        Assert.Equal("XXXX", TimexText.Year(null));
    }
}
