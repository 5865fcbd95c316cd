using Sitrep.Collections;

namespace Sitrep.Tests.Collections;

public class RunMergeTests
{
    public static TheoryData<int, int> Shapes => new()
    {
        { 0, 1 }, { 1, 1 }, { 2, 2 }, { 120, 1 }, { 120, 4 }, { 121, 5 }, { 300, 60 }, { 64, 64 },
    };

    /// <summary>Numbers cut into <paramref name="runs"/> ascending runs (the last ones may be empty), as the recognizers hand them.</summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void RunsComeOutSortedAsArraySortSortsThem(int count, int runs)
    {
        var random = new Random(count * 31 + runs);
        var numbers = new ulong[count];
        var perRun = Math.Max(1, (count + runs - 1) / runs);
        for (var start = 0; start < count; start += perRun)
        {
            var run = numbers.AsSpan(start, Math.Min(perRun, count - start));
            for (var i = 0; i < run.Length; i++) run[i] = (ulong)random.Next(50) << 40 | (ulong)random.NextInt64();
            run.Sort();
        }
        var expected = numbers.Order().ToArray();

        var sorted = RunMerge.Sort(numbers, new ulong[count]);

        Assert.Equal(expected, sorted.ToArray());
    }

    [Fact]
    public void NumbersInNoOrderAtAllComeOutSortedToo()
    {
        var random = new Random(5);
        var numbers = Enumerable.Range(0, 257).Select(_ => (ulong)random.Next(40)).ToArray();
        var expected = numbers.Order().ToArray();
        Assert.Equal(expected, RunMerge.Sort(numbers, new ulong[numbers.Length]).ToArray());
        Assert.Equal(expected, RunMerge.Sort(numbers.Reverse().ToArray(), new ulong[numbers.Length]).ToArray());
    }

    [Fact]
    public void RoomOfAnotherLengthIsRefused() =>
        Assert.Throws<ArgumentException>(() => RunMerge.Sort(new ulong[3], new ulong[2]));
}
