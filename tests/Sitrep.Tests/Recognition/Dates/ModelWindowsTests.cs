using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognition.Dates;

public class ModelWindowsTests
{
    [Fact]
    public void AShortWindowIsOnePiece()
    {
        var text = NumDateTestText.Make("Le 3 mars, 12 morts.", null);

        Assert.Equal([(1, 4)], Pieces(text, 1, 4));
    }

    [Fact]
    public void ALongWindowIsCutIntoShortPiecesOfWholeTokensAfterACommaWhenThereIsOne()
    {
        var line = string.Concat(Enumerable.Repeat("le 3 mars, ", 100));
        var text = NumDateTestText.Make(line, null);

        var pieces = Pieces(text, 0, text.Tokens.Count);

        Assert.Equal(0, pieces[0].First);
        Assert.Equal(text.Tokens.Count, pieces[^1].End);
        for (var k = 0; k < pieces.Count; k++)
        {
            var (first, end) = pieces[k];
            if (k > 0) Assert.Equal(pieces[k - 1].End, first);
            Assert.InRange(text.SpanOf(first, end).Length, 1, ModelWindows.MaxChars);
            if (k < pieces.Count - 1) Assert.Equal(",", text.Surface(end - 1));
        }
    }

    [Fact]
    public void ATokenLongerThanAPieceIsAPieceOfItsOwn()
    {
        var text = NumDateTestText.Make("le " + new string('a', 500) + " mars", null);

        Assert.Equal([(0, 1), (1, 2), (2, 3)], Pieces(text, 0, 3));
    }

    private static List<(int First, int End)> Pieces(AnalyzedText text, int first, int end)
    {
        var pieces = new List<(int First, int End)>();
        foreach (var piece in ModelWindows.Pieces(text, first, end)) pieces.Add(piece);
        return pieces;
    }
}
