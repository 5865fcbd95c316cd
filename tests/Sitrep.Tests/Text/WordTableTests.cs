using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class WordTableTests
{
    private static WordTable<int> Table(params (string Word, int Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Word, e.Value)));

    [Fact]
    public void AWordTableGivesEachListedWordItsValueAndOtherWordsNone()
    {
        var words = Enumerable.Range(0, 300).Select(i => $"mot{i}").ToList();
        var table = Table([.. words.Select((w, i) => (w, i))]);

        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(table.TryGetValue(words[i], out var value));
            Assert.Equal(i, value);
        }
        // Same length and same first and last characters as listed words, or a listed word's prefix or extension.
        foreach (var other in new[] { "mat1", "mxt12", "mot", "mot3000", "Mot1", "", "m", "1" })
            Assert.False(table.TryGetValue(other, out _), other);
    }

    [Fact]
    public void AWordGivenTwiceKeepsItsLastValue() => Assert.Equal(2, Table(("hier", 1), ("hier", 2))["hier"]);

    [Fact]
    public void TheEmptyWordAndWordsOfOneCharacterAreWordsLikeAnyOther()
    {
        var table = Table(("", 1), ("à", 2));

        Assert.Equal(1, table[""]);
        Assert.Equal(2, table["à"]);
        Assert.Equal(0, table.GetValueOrDefault("a"));
    }

    [Fact]
    public void AnEmptyTableHoldsNoWord()
    {
        var table = Table();

        Assert.False(table.TryGetValue("mars", out _));
        Assert.Throws<KeyNotFoundException>(() => table["mars"]);
    }
}
