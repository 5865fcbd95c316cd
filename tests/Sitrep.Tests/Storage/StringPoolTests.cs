using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

public sealed class StringPoolTests
{
    [Fact]
    public void EqualListsAreOneListOfPooledStrings()
    {
        var pool = new StringPool();

        var first = pool.Of(["SOHR", new string("AFP".ToCharArray())]);
        var second = pool.Of([new string("SOHR".ToCharArray()), "AFP"]);

        Assert.Same(first, second);
        Assert.Same(pool.Of(new string("AFP".ToCharArray())), first[1]);
        Assert.NotSame(first, pool.Of(["AFP", "SOHR"]));
        Assert.Empty(pool.Of(Array.Empty<string>()));
    }
}
