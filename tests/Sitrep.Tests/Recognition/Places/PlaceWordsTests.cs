using Sitrep.Recognition.Places;
using Sitrep.Resources;

namespace Sitrep.Tests.Recognition.Places;

public class PlaceWordsTests
{
    private static readonly string File = Path.Combine(ResourcePaths.Language("fr"), "place_words.tsv");
    private static readonly PlaceWords Words = PlaceWords.Load(File, "fr/place_words.tsv");

    [Fact]
    public void EveryWordOfTheFileIsFoundWithItsLastKind()
    {
        var kinds = new Dictionary<string, PlaceWordKind>();
        foreach (var row in TsvFile.Read(File, "fr/place_words.tsv"))
            kinds[row["word"]] = Enum.Parse<PlaceWordKind>(row["kind"], ignoreCase: true);
        Assert.NotEmpty(kinds);
        foreach (var (word, kind) in kinds) Assert.Equal(kind, Words.Of(word)?.Kind);
    }

    [Theory]
    [InlineData("quartiez")]
    [InlineData("quartie")]
    [InlineData("")]
    [InlineData("élan")]
    [InlineData("a-very-long-word-that-no-list-of-place-words-would-ever-hold-at-all")]
    public void AWordNotInTheFileIsNoPlaceWordWhateverItsFirstLetterOrLength(string norm) =>
        Assert.Null(Words.Of(norm));
}
