using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class ResourceLoadingTests
{
    [Fact]
    public void TheFrenchResourcesLoad()
    {
        Assert.NotEmpty(Abbreviation.Load(Path.Combine(ResourcePaths.Language("fr"), Abbreviation.FileName)));
        Assert.NotNull(RuleSegmenter.Load("fr"));
    }

    [Fact]
    public void AbbreviationsMarkedMayEndAreRead()
    {
        var list = Abbreviation.Load(Path.Combine(ResourcePaths.Language("fr"), Abbreviation.FileName));
        Assert.Contains(new Abbreviation("etc.", true), list);
        Assert.Contains(new Abbreviation("M.", false), list);
    }

    [Fact]
    public void AnAbbreviationLineWithAnUnknownFlagIsRejected()
    {
        var path = WriteTemp("M.\netc. maybe\n");
        var error = Assert.Throws<InvalidDataException>(() => Abbreviation.Load(path));
        Assert.Contains(":2:", error.Message);
    }

    [Fact]
    public void AnUnknownCharacterClassIsRejected()
    {
        var path = WriteTemp("# test\nclass\tcode_points\tnote\nvowel\tU+0061\ta\n");
        var error = Assert.Throws<InvalidDataException>(() => CharClasses.Load(path));
        Assert.Contains("vowel", error.Message);
    }

    [Fact]
    public void ACodePointOutsideTheBasicPlaneIsRejected()
    {
        var path = WriteTemp("class\tcode_points\tnote\nsymbol\tU+1F600\temoji\n");
        Assert.Throws<InvalidDataException>(() => CharClasses.Load(path));
    }

    [Fact]
    public void AnElisionWithoutAWordIsRejected() =>
        Assert.Throws<ArgumentException>(() => new RuleSegmenter(CharClasses.LoadShared(), [], ["’"]));

    private static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-text-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, content);
        return path;
    }
}
