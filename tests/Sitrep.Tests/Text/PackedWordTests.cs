using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class PackedWordTests
{
    [Fact]
    public void WordsWrittenApartHaveKeysApart()
    {
        // Words that differ only in their last characters, their length, a trailing nul or a character's high byte.
        string[] words = ["de", "d’", "d'", "de\0", "les", "lés", "Alep", "Alep\0", "Alepp", "Deir ez-Zor", "Deir ez-Zor\u00A0",
            "abcdefgh", "abcdefgi", "abcdefghijklmno", "abcdefghijklmnp", "abcdefghijklmn", "ÀÉÎÕÜàéîõüÿ", "\u00FF\u00FF\u00FF\u00FF"];
        var keys = new Dictionary<PackedWord, string>();
        foreach (var word in words)
        {
            Assert.True(PackedWord.TryPack(word, out var key), word);
            Assert.True(keys.TryAdd(key, word), $"{word} has the key of {keys.GetValueOrDefault(key)}");
            Assert.True(PackedWord.TryPack(new string(word.AsSpan()), out var again));
            Assert.Equal(key, again);
        }
    }

    [Fact]
    public void OneCharacterALongWordOrAWideCharacterInALongWordHasNoKey()
    {
        Assert.False(PackedWord.TryPack("à", out _));
        Assert.False(PackedWord.TryPack("abcdefghijklmnop", out _));
        Assert.False(PackedWord.TryPack("l’armée", out _));
        Assert.False(PackedWord.TryPack("Ŝamo", out _));
        Assert.True(PackedWord.TryPack("l’a", out _));
    }
}
