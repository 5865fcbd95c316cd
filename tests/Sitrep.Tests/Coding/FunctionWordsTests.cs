using Sitrep.Coding;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

public sealed class FunctionWordsTests
{
    private static readonly FunctionWords French = FunctionWords.Load("fr");

    [Theory]
    [InlineData("du", FunctionWord.Of)]
    [InlineData("l'", FunctionWord.Article)]
    [InlineData("ete", FunctionWord.Been)]
    [InlineData("avoir", FunctionWord.Have)]
    [InlineData("avoir", FunctionWord.HaveInfinitive)]
    [InlineData("qu'", FunctionWord.That)]
    [InlineData("a", FunctionWord.RangeLink)]
    public void FrenchWordsHaveTheirFunctions(string word, FunctionWord function) => Assert.True(French.Is(word, function));

    [Theory]
    [InlineData("été", FunctionWord.Been)]
    [InlineData("a", FunctionWord.HaveInfinitive)]
    [InlineData("meurtrière", FunctionWord.Preposition)]
    [InlineData("de", FunctionWord.Article)]
    public void WordsAreComparedFoldedAndOnlyForTheirOwnFunctions(string word, FunctionWord function) =>
        Assert.False(French.Is(word, function));

    [Fact]
    public void TheFrenchFileNamesWordsForEveryFunction()
    {
        foreach (var function in Enum.GetValues<FunctionWord>())
            Assert.True(FrenchWords().Any(w => French.Is(w, function)), $"no French word for {function}");
    }

    [Theory]
    [InlineData("Du")]
    [InlineData("été")]
    [InlineData("qu'")]
    [InlineData("avoir")]
    [InlineData("a")]
    [InlineData("meurtrière")]
    [InlineData("Damas")]
    public void AWordAsWrittenHasTheFunctionsOfItsNorm(string written)
    {
        var word = Sitrep.Text.TextNormalizer.Word(written);
        foreach (var function in Enum.GetValues<FunctionWord>())
            // Asked twice: the second answer is the one the word remembers.
            for (var i = 0; i < 2; i++) Assert.Equal(French.Is(word.Norm, function), French.Is(word, function));
    }

    [Fact]
    public void AnUnknownFunctionIsAnErrorThatCitesItsLine()
    {
        using var folder = new TempStoreFolder();
        var path = folder.Write("words.tsv", "# test\nword\tfunction\nde\tof\nsur\ton-top-of\n");
        var error = Assert.Throws<InvalidDataException>(() => FunctionWords.Read(path, "xx/words.tsv"));
        Assert.Contains("xx/words.tsv:4", error.Message);
        Assert.Contains("on-top-of", error.Message);
    }

    [Fact]
    public void HyphenatedFunctionNamesReadAsTheirFunction()
    {
        using var folder = new TempStoreFolder();
        var words = FunctionWords.Read(folder.Write("words.tsv", "word\tfunction\nselon lui\tstressed-pronoun\n"), "xx/words.tsv");
        Assert.True(words.Is("selon lui", FunctionWord.StressedPronoun));
    }

    private static IEnumerable<string> FrenchWords() =>
        File.ReadLines(Path.Combine(Sitrep.Resources.ResourcePaths.Language("fr"), "function_words.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')[0]);
}
