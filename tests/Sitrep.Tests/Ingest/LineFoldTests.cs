using Sitrep.Ingest.Cleaning;

namespace Sitrep.Tests.Ingest;

public sealed class LineFoldTests
{
    [Theory]
    [InlineData("Sœur d’Élise — ÆRO", "soeur d'elise - aero")]
    [InlineData("Straße\u00A0Nord", "strasse nord")]
    [InlineData("PUBLICITÉ", "publicite")]
    public void ALineFoldsCharacterByCharacterIntoOneOrTwo(string line, string folded) =>
        Assert.Equal(folded, LineFold.Folded(line).ToString());

    [Fact]
    public void ALongerLineThanTheBufferFoldsWhole()
    {
        var line = string.Concat(Enumerable.Repeat("Œ", 400));

        Assert.Equal(string.Concat(Enumerable.Repeat("oe", 400)), LineFold.Folded(line).ToString());
    }
}
