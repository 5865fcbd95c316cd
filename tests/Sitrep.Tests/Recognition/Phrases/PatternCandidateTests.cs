using Sitrep.Recognition.Phrases;

namespace Sitrep.Tests.Recognition.Phrases;

/// <summary>A short pattern of plain words is tried on the tokens' numbers alone, as matching its words would.</summary>
public class PatternCandidateTests
{
    private static PatternCandidate<int> Candidate(string pattern) => new(PhrasePattern<int>.Parse(pattern, 0, "test"));

    private static int[] Ids(string words) => [.. words.Split(' ').Select(PatternWordIds.Of)];

    [Theory]
    [InlineData("zorvel", true)]
    [InlineData("zorvel krast mendu pavik", true)]
    [InlineData("zorvel krast mendu pavik orlo", false)]
    [InlineData("zorvel krast*", false)]
    [InlineData("zorvel ~ krast", false)]
    [InlineData("zorvel KRAST", false)]
    public void OnlyShortPatternsOfPlainWordsArePlain(string pattern, bool plain) => Assert.Equal(plain, Candidate(pattern).IsPlain);

    [Fact]
    public void APlainCandidateMatchesItsWordsAfterTheFirstWithinTheTokens()
    {
        var candidate = Candidate("zorvel krast mendu");
        var tokens = Ids("le zorvel krast mendu zorvel krast");
        Assert.Equal(4, candidate.PlainEnd(tokens, 1, tokens.Length));
        // Its last word cut off by the end of the tokens, or another word in its place.
        Assert.Equal(-1, candidate.PlainEnd(tokens, 4, tokens.Length));
        Assert.Equal(-1, candidate.PlainEnd(tokens, 1, 3));
        Assert.Equal(-1, Candidate("zorvel krast pavik").PlainEnd(tokens, 1, tokens.Length));
        Assert.Equal(2, Candidate("zorvel").PlainEnd(tokens, 1, 2));
    }

    [Theory]
    [InlineData("zorvel krast mendu", 1, true)]
    [InlineData("zorvel krast mendu", 4, false)]
    [InlineData("zorvel pavik", 1, false)]
    [InlineData("zorvel", 4, true)]
    [InlineData("zorvel krast* mendu", 1, true)]
    [InlineData("zorvel krast* mendu", 4, true)]
    [InlineData("zorvel ~ krast", 4, true)]
    [InlineData("zorvel KRAST", 1, true)]
    [InlineData("zorvel KRAST", 4, false)]
    public void ACandidateIsPassedByWhenTheNextTokenCannotBeItsSecondWord(string pattern, int start, bool mayFollow)
    {
        var candidate = Candidate(pattern);
        var tokens = Ids("le zorvel krast mendu zorvel");
        Assert.Equal(mayFollow, candidate.MayFollow(tokens, start, tokens.Length));
    }
}
