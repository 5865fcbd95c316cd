using Sitrep.Recognition.Places;

namespace Sitrep.Tests.Recognition.Places;

/// <summary>The gazetteer's table of keys: every key found by its characters, whatever slot it fell in; others not.</summary>
public class KeyTableTests
{
    [Fact]
    public void EveryKeyIsFoundByItsCharactersAndNoOtherIs()
    {
        // Enough keys for many to meet in a slot and be placed further on.
        var keys = Enumerable.Range(0, 5000).Select(i => $"k{i}").ToList();
        var table = new KeyTable<string>(keys.ToDictionary(k => k, k => k.ToUpperInvariant()));
        foreach (var key in keys)
            Assert.Equal(key.ToUpperInvariant(), table.Find(("x" + key + "x").AsSpan(1, key.Length)));
        Assert.Null(table.Find("k5000"));
        Assert.Null(table.Find(""));
        Assert.Null(new KeyTable<string>([]).Find("k1"));
    }

    [Fact]
    public void AKeyGivenTwiceIsRefused() =>
        Assert.Throws<ArgumentException>(() => new KeyTable<string>([new("alep", "a"), new("alep", "b")]));
}
