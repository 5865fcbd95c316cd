using Microsoft.Recognizers.Text.DataTypes.TimexExpression;
using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition.Dates;

public class TimexDateTests
{
    public static TheoryData<string> Forms()
    {
        var forms = new TheoryData<string>();
        string[] twoDigits = ["00", "01", "07", "12", "13", "31", "48", "53", "99"];
        foreach (var year in new[] { "2016", "1987", "0000", "9999" })
        {
            forms.Add(year);
            foreach (var two in twoDigits)
            {
                forms.Add($"{year}-{two}");
                forms.Add($"{year}-W{two}");
                forms.Add($"{year}-12-{two}");
            }
        }
        foreach (var two in twoDigits)
        {
            forms.Add($"XXXX-{two}");
            forms.Add($"XXXX-{two}-14");
        }
        for (var weekday = 0; weekday <= 9; weekday++) forms.Add($"XXXX-WXX-{weekday}");
        return forms;
    }

    // Read in place, without the library's regular expressions: it must give what they give.
    [Theory]
    [MemberData(nameof(Forms))]
    public void ADateFormReadsAsTheTimexLibraryReadsIt(string timex) => AssertReadAsTheLibrary(timex);

    [Theory]
    [InlineData("XXXX")]
    [InlineData("201")]
    [InlineData("2016-3")]
    [InlineData("2016-03-1")]
    [InlineData("XXXX-WXX-12")]
    [InlineData("XXXX-XX-14")]
    [InlineData("2016-W4")]
    [InlineData("XXXX-W12")]
    [InlineData("2016-WXX-2")]
    [InlineData("2016-12-05T20")]
    [InlineData("P3D")]
    [InlineData("PRESENT_REF")]
    [InlineData("2016-Q2")]
    [InlineData("2016-SU")]
    [InlineData("XXXX-12-WE")]
    public void OtherValuesReadAsTheLibraryReadsThem(string timex) => AssertReadAsTheLibrary(timex);

    private static void AssertReadAsTheLibrary(string timex)
    {
        var expected = new TimexProperty(timex);
        Assert.Equal(new TimexDate(expected.Year, expected.Month, expected.DayOfMonth, expected.WeekOfYear, expected.DayOfWeek), TimexDate.Of(timex));
    }
}
