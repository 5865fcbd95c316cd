using Microsoft.Recognizers.Text.DataTypes.TimexExpression;
using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition.Dates;

public class ParsedTimexTests
{
    // Read directly, without the library's regular expressions: it must give what they give.
    [Theory]
    [InlineData("2016-12-05")]
    [InlineData("1987-02-30")]
    [InlineData("0000-13-00")]
    [InlineData("2031-07-31")]
    public void ACalendarDayReadsAsTheTimexLibraryReadsIt(string timex)
    {
        var read = ParsedTimex.Of(timex);

        AssertReadAsTheLibrary(timex, read);
        Assert.Equal(new TimexProperty(timex).Types.Order(), read.Types.Order());
    }

    [Theory]
    [InlineData("XXXX-WXX-2")]
    [InlineData("2016-W48")]
    [InlineData("P3D")]
    [InlineData("2016-12-05T20")]
    [InlineData("2016-1-05")]
    public void OtherValuesAreParsedByTheLibrary(string timex) => AssertReadAsTheLibrary(timex, ParsedTimex.Of(timex));

    private static void AssertReadAsTheLibrary(string timex, TimexProperty read)
    {
        var expected = new TimexProperty(timex);
        Assert.Equal(
            (expected.Year, expected.Month, expected.DayOfMonth, expected.DayOfWeek, expected.WeekOfYear, expected.Days, expected.Hour, expected.TimexValue),
            (read.Year, read.Month, read.DayOfMonth, read.DayOfWeek, read.WeekOfYear, read.Days, read.Hour, read.TimexValue));
    }
}
