using Sitrep.Recognition.Phrases;

namespace Sitrep.Tests.Recognition.Phrases;

public class OneEditTests
{
    [Theory]
    [InlineData("mayadeen", "maydeen")]
    [InlineData("mayadeen", "mayadeeen")]
    [InlineData("mayadeen", "mayadein")]
    [InlineData("mayadeen", "mayaedeen")]
    [InlineData("mayadeen", "ayadeen")]
    [InlineData("mayadeen", "mayadee")]
    [InlineData("mayadeen", "mayadeen")]
    public void OneLetterMissingAddedChangedOrSwappedIsOneSlip(string name, string written) =>
        Assert.True(OneEdit.Apart(name, written));

    [Theory]
    [InlineData("mayadeen", "mydeen")]
    [InlineData("mayadeen", "maydein")]
    [InlineData("mayadeen", "mayadeenss")]
    [InlineData("mayadeen", "mdyaaeen")]
    [InlineData("mayadeen", "nayadeem")]
    public void TwoSlipsAreTooMany(string name, string written) =>
        Assert.False(OneEdit.Apart(name, written));
}
