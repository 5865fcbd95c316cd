using Sitrep.Recognition.Numbers;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Numbers;

public sealed class VagueNumbersTests
{
    [Fact]
    public void AValueThatIsNoNumberIsAnErrorThatCitesItsLine()
    {
        using var folder = new TempStoreFolder();
        var path = folder.Write("vague.tsv", "# test\nphrase\tvalue\ndes dizaines\t10\ndes centaines\tcent\n");

        var error = Assert.Throws<InvalidDataException>(() => VagueNumbers.Read(path, "xx/vague.tsv"));

        Assert.Contains("xx/vague.tsv:4", error.Message);
        Assert.Contains("cent", error.Message);
    }
}
