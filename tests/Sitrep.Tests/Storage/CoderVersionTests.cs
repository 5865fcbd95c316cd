using Sitrep.Resources;

namespace Sitrep.Tests.Storage;

public class CoderVersionTests
{
    [Fact]
    public void TheCoderIsItsResourcesThenItsCode()
    {
        var version = CoderVersion.Of("fr");
        Assert.Matches($"^{ResourceVersion.Of("fr")}\\.[0-9a-f]{{8}}$", version);
        Assert.Equal(version, CoderVersion.Of("fr"));
        Assert.Equal(version, Pipeline.Build("fr").CoderVersion);
    }
}
