using Sitrep.Bench.Harness;

namespace Sitrep.Tests.Bench;

public class StepTimesTests
{
    private static readonly TimeSpan Ten = TimeSpan.FromMilliseconds(10), Three = TimeSpan.FromMilliseconds(3);

    [Fact]
    public void PausesAreTakenOutOfAStepWhenTheClockCountsThem()
    {
        var times = new StepTimes(pausesInClock: true);
        times.Add("segment", Ten, Three, 100);
        times.Add("segment", Ten, TimeSpan.Zero, 100);
        Assert.Equal(TimeSpan.FromMilliseconds(17), times.Time("segment"));
        Assert.Equal(Three, times.Pauses);
    }

    [Fact]
    public void PausesAreCountedApartButLeftInTheStepWhenTheClockDoesNotCountThem()
    {
        var times = new StepTimes(pausesInClock: false);
        times.Add("segment", Ten, Three, 100);
        Assert.Equal(Ten, times.Time("segment"));
        Assert.Equal(Three, times.Pauses);
    }

    [Fact]
    public void AStepsTimeIsNeverMadeNegativeByALongerPause()
    {
        var times = new StepTimes(pausesInClock: true);
        times.Add("segment", Three, Ten, 100);
        Assert.Equal(TimeSpan.Zero, times.Time("segment"));
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void OnlyTheThreadsCpuTimeUnderTheServerGcLeavesThePausesOut(bool cpuClock, bool serverGc, bool inClock) =>
        Assert.Equal(inClock, StepTimes.PausesInClock(cpuClock, serverGc));

    [Fact]
    public void TheTableListsTheStepsSlowestFirstThenThePausesPerArticle()
    {
        var times = new StepTimes(pausesInClock: true);
        times.Add("dates", Ten, Three, 2048);
        times.Add("save", TimeSpan.FromMilliseconds(20), TimeSpan.Zero, 1024);
        var output = new StringWriter { NewLine = "\n" };
        times.WriteTable(articles: 2, output);
        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("step ", lines[0]);
        Assert.Equal(["save", "10.000", "67", "%", "0.5"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["dates", "3.500", "23", "%", "1.0"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["gc", "1.500", "10", "%", "(pauses,", "wall)"], lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
