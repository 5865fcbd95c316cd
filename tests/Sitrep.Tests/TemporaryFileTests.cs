using Sitrep.Tests.Support;

namespace Sitrep.Tests;

public sealed class TemporaryFileTests
{
    [Fact]
    public void TheFileIsNamedForItsPurposeAndGoneOnceDisposed()
    {
        using var folder = new TempStoreFolder();
        string name;
        using (var file = TemporaryFile.Open("rows", folder.Path))
        {
            file.WriteByte(1);
            name = file.Name;
            Assert.StartsWith(folder.File("sitrep-rows-"), name);
            Assert.True(File.Exists(name));
        }
        Assert.False(File.Exists(name));
    }

    [Fact]
    public void AFolderThatCannotHoldItIsNamedWithTheWayOut()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"sitrep-no-such-folder-{Guid.NewGuid():N}");

        var error = Assert.Throws<IOException>(() => TemporaryFile.Open("quotes", missing));

        Assert.Contains(missing, error.Message);
        Assert.Contains("TMPDIR", error.Message);
    }
}
