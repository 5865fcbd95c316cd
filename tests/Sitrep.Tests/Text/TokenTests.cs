using System.Runtime.CompilerServices;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class TokenTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 1)]
    [InlineData(int.MaxValue - 5, 5)]
    [InlineData(0, int.MaxValue)]
    public void ATokenGivesBackItsStartLengthAndKind(int start, int length)
    {
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            var token = new Token(start, length, kind);
            Assert.Equal((start, length, kind), (token.Start, token.Length, token.Kind));
            Assert.Equal(new Token(start, length, kind), token);
        }
    }

    [Fact]
    public void TokensDifferingOnlyByKindAreNotEqual() =>
        Assert.Equal(4, Enum.GetValues<TokenKind>().Select(k => new Token(3, 2, k)).Distinct().Count());

    [Fact]
    public void ATokenTakesEightBytes() => Assert.Equal(8, Unsafe.SizeOf<Token>());

    [Fact]
    public void ANegativeRangeOrAnUnknownKindIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(-1, 1, TokenKind.Word));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(0, -1, TokenKind.Word));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(0, 1, (TokenKind)4));
    }
}
