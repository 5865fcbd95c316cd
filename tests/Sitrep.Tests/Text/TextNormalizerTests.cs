using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void AWordFoldsAsItsCharactersDoWhetherItIsRememberedOrNot()
    {
        // More distinct words than a thread remembers, each asked for twice, some long enough never to be remembered.
        var words = Enumerable.Range(0, 40_000).Select(i => $"Été{i}’Œ" + new string('É', i % 40)).ToList();
        foreach (var pass in new[] { 1, 2 })
            foreach (var word in words)
                Assert.Equal(string.Concat(word.Select(c => TextNormalizer.Normalize(c.ToString()))), TextNormalizer.Normalize(word.AsSpan()));
    }

    [Fact]
    public void AWordAskedForAgainIsTheSameString()
    {
        var first = TextNormalizer.Normalize("Déjà".AsSpan());

        Assert.Equal("deja", first);
        Assert.Same(first, TextNormalizer.Normalize("Déjà".AsSpan()));
    }
}
