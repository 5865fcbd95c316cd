using Sitrep.Model;
using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Dates;

public class TokenSearchTests
{
    private const string Sentence = "Le 3 mars, 12 morts à Alep ; le 4, 7 blessés.";

    [Fact]
    public void EverySearchAgreesWithReadingTheSentenceFromItsStart()
    {
        var text = NumDateTestText.Make(Sentence, null);
        var sentence = text.Sentences[0];
        var tokens = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).ToList();
        for (var start = 0; start <= Sentence.Length; start++)
        {
            var firstAfter = tokens.Where(i => text.Tokens[i].Start >= start).DefaultIfEmpty(-1).First();
            Assert.Equal(firstAfter, TokenSearch.FirstAtOrAfter(text, sentence, start));
            var around = tokens.Where(i => text.Tokens[i].Start < start && start < text.Tokens[i].End).DefaultIfEmpty(-1).First();
            Assert.Equal(around, TokenSearch.Around(text, sentence.FirstToken, sentence.EndToken, start));
            for (var end = start; end <= Sentence.Length; end++)
            {
                var span = TextSpan.FromBounds(start, end);
                var inside = tokens.Where(i => span.Contains(new TextSpan(text.Tokens[i].Start, text.Tokens[i].Length)));
                Assert.Equal(inside, TokenSearch.Inside(text, sentence, span));
            }
        }
    }

    [Fact]
    public void AnOffsetPastTheLastTokenHasNoTokenAfterIt()
    {
        var text = NumDateTestText.Make(Sentence, null);

        Assert.Equal(-1, TokenSearch.FirstAtOrAfter(text, text.Sentences[0], Sentence.Length));
        Assert.Equal(-1, TokenSearch.Following(text, text.Sentences[0], new TextSpan(Sentence.Length - 1, 1)));
    }
}
