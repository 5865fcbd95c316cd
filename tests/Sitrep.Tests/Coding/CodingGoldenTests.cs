using Sitrep.Model;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

public class CodingGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Coding", "coding.golden.txt");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in CodingGoldenCase.Load(GoldenPath)) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void CodesTheGoldenCase(string name)
    {
        var c = CodingGoldenCase.Load(GoldenPath).Single(x => x.Name == name);
        var coded = TestPipeline.Code(c.Text, c.Published, c.Outlet);
        var actual = coded.Events.Select(Line).ToList();
        Assert.True(c.Expected.SequenceEqual(actual),
            $"expected:\n  {string.Join("\n  ", c.Expected)}\npredicted:\n  {string.Join("\n  ", actual)}");
    }

    private static string Line(Event e) => string.Join(" | ",
        e.SubEventType, e.Actor1 ?? "-", e.Actor2 ?? "-", e.Location ?? "-", e.Date?.ToString("yyyy-MM-dd") ?? "-",
        e.Sources.Count == 0 ? "-" : string.Join(" < ", e.Sources),
        e.Negated ? "negated" : e.Hedged ? "hedged" : "-");
}
