using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class FixedListTests
{
    [Fact]
    public void AFixedListHoldsTheItemsInTheirOrder()
    {
        var list = new FixedList<int>(new[] { 3, 1, 2 }.Where(_ => true));
        Assert.Equal(3, list.Count);
        Assert.Equal(1, list[1]);
        var seen = new List<int>();
        foreach (var item in list) seen.Add(item);
        Assert.Equal([3, 1, 2], seen);
        Assert.Equal([3, 1, 2], list.AsEnumerable());
    }

    [Fact]
    public void AnIndexOutsideTheListThrows()
    {
        var list = new FixedList<string>(["a"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
    }
}
