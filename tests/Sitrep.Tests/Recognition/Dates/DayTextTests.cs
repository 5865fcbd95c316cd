using System.Globalization;
using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition.Dates;

public class DayTextTests
{
    // Written by the round-trip format: it must write what the custom format writes, the years below 1000 padded too.
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(999, 12, 31)]
    [InlineData(2016, 2, 29)]
    [InlineData(2016, 12, 6)]
    [InlineData(9999, 12, 31)]
    public void ADayIsWrittenAsTheInvariantFormatWritesIt(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DayText.Of(date));
        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DayText.Of(date.ToDateTime(new TimeOnly(23, 59))));
        Span<byte> utf8 = stackalloc byte[DayText.Length + 2];
        DayText.Write(date, utf8);
        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), System.Text.Encoding.UTF8.GetString(utf8[..DayText.Length]));
    }

    [Fact]
    public void EveryDayOfAYearIsWrittenAsTheFormatWritesIt()
    {
        for (var day = new DateOnly(2015, 12, 25); day.Year < 2017; day = day.AddDays(1))
            Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DayText.Of(day));
    }
}
