using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class CharTableTests
{
    [Fact]
    public void ACharTableGivesEachKeyItsValueAndOtherCharactersNone()
    {
        var table = new CharTable<string>(new Dictionary<char, string> { ['b'] = "bee", ['d'] = "dee", ['k'] = "kay" });
        Assert.Equal("bee", table['b']);
        Assert.Equal("kay", table['k']);
        Assert.Null(table['c']);
        Assert.Null(table['a']);
        Assert.Null(table['z']);
        Assert.Null(table['\0']);
        Assert.Null(table['\uFFFF']);
    }

    [Fact]
    public void KeysFarApartAreFoundAsWell()
    {
        var table = new CharTable<string>(new Dictionary<char, string> { ['a'] = "a", ['\u2019'] = "quote" });
        Assert.Equal("a", table['a']);
        Assert.Equal("quote", table['\u2019']);
        Assert.Null(table['b']);
    }

    [Fact]
    public void AnEmptyTableHasNoValue() => Assert.Null(new CharTable<string>(new Dictionary<char, string>())['a']);
}
