using Sitrep.Bench.Harness;

namespace Sitrep.Tests.Bench;

public sealed class BenchRunTests
{
    [Fact]
    public void EachRowIsItsStagesMedianRunWhole()
    {
        var runs = new[] { Run(seconds: 5, peak: 200), Run(seconds: 7, peak: 190), Run(seconds: 4, peak: 210) };

        Assert.Same(runs[0], BenchRun.Median(runs));
    }

    [Fact]
    public void OfAnEvenNumberOfRunsTheMedianIsTheSlowerOfTheMiddleTwo()
    {
        var runs = new[] { Run(seconds: 4, peak: 1), Run(seconds: 6, peak: 1), Run(seconds: 5, peak: 1), Run(seconds: 9, peak: 1) };

        Assert.Same(runs[1], BenchRun.Median(runs));
    }

    [Fact]
    public void OneRunIsItsOwnMedian()
    {
        var run = Run(seconds: 3, peak: 1);
        Assert.Same(run, BenchRun.Median([run]));
    }

    private static StageResult Run(double seconds, double peak) =>
        new("pipeline", Articles: 1000, TextBytes: 10_000_000, seconds, peak, CoresBusy: 1.9, AllocatedMb: 100, Events: 10);
}
