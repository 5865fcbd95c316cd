using System.Security.Cryptography;
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

    [Fact]
    public void UnderTheJitTheCodeIsTheBuildsOfThisAssemblyAndItsLibraries()
    {
        Assert.EndsWith("." + Convert.ToHexStringLower(CoderVersion.LibrariesHash())[..8], CoderVersion.Of("fr"));
    }

    [Fact]
    public void ANativeBuildIsTheHashOfItsExecutablesBytes()
    {
        var executable = Path.GetTempFileName();
        try
        {
            byte[] bytes = [1, 2, 3, 4];
            File.WriteAllBytes(executable, bytes);
            Assert.Equal(SHA256.HashData(bytes), CoderVersion.FileHash(executable));
            File.WriteAllBytes(executable, [1, 2, 3, 5]);
            Assert.NotEqual(SHA256.HashData(bytes), CoderVersion.FileHash(executable));
        }
        finally
        {
            File.Delete(executable);
        }
    }
}
