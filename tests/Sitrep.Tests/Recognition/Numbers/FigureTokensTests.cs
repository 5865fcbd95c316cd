using Sitrep.Model;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Numbers;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Numbers;

public class FigureTokensTests
{
    private const string Sentence = "Les 2 500 combattants, soit 70 % d'entre eux, ont quitté une vingtaine de quartiers.";

    [Fact]
    public void AFigureSearchedWithinItsWindowFindsTheTokensTheSentenceSearchFinds()
    {
        var text = NumDateTestText.Make(Sentence, null);
        var sentence = text.Sentences[0];
        var checkedSpans = 0;
        for (var first = sentence.FirstToken; first < sentence.EndToken; first++)
        for (var end = first + 1; end <= Math.Min(first + 4, sentence.EndToken); end++)
        {
            var window = text.SpanOf(first, end);
            for (var start = window.Start; start <= window.End; start++)
            for (var stop = start; stop <= window.End; stop++)
            {
                var figure = TextSpan.FromBounds(start, stop);
                var inside = TokenSearch.Inside(text, sentence, figure).ToList();
                var next = TokenSearch.FirstAtOrAfter(text, sentence, figure.End);

                var found = FigureTokens.Find(text, first, end, figure);

                Assert.Equal(inside.Count, found.Count);
                if (inside.Count > 0) Assert.Equal(inside[0], found.First);
                Assert.Equal(next < 0 ? sentence.EndToken : next, found.Next);
                checkedSpans++;
            }
        }
        Assert.True(checkedSpans > 1000);
    }
}
