using Sitrep.Evaluation;
using Sitrep.Model;
using static Sitrep.Tests.Evaluation.EvalSamples;

namespace Sitrep.Tests.Evaluation;

public class MatchCountsTests
{
    [Fact]
    public void PrecisionRecallAndF1FollowTheCounts()
    {
        var counts = new MatchCounts(2, 2, 1);
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(2.0 / 3, counts.Recall);
        Assert.Equal(4.0 / 7, counts.F1);
    }

    [Fact]
    public void NothingToFindAndNothingFoundIsPerfect() => Assert.Equal(1, new MatchCounts(0, 0, 0).F1);

    [Fact]
    public void PredictingNothingScoresZero() => Assert.Equal(0, new MatchCounts(0, 0, 3).Precision);

    [Fact]
    public void ClaimsMatchOnValueAndNearestSourceOneToOne()
    {
        Claim[] gold = [Claim(70, "SOHR", "AFP"), Claim(2500), Claim(15, "SANA")];
        Claim[] predicted = [Claim(70.0000000001, "SOHR"), Claim(2500), Claim(2500), Claim(15, "AFP")];
        Assert.Equal(new MatchCounts(2, 2, 1), ClaimMatcher.Count(gold, predicted));
    }

    [Fact]
    public void LabelsCountAsSetsOfActorAndWord()
    {
        Label[] gold = [Label("Islamic State", "terroriste"), Label("Islamic State", "terroriste"), Label("YPG", "milice")];
        Label[] predicted = [Label("Islamic State", "Terroriste"), Label("Islamic State", "terroriste"), Label("YPG", "rebelle")];
        Assert.Equal(new MatchCounts(1, 1, 1), LabelMatcher.Count(gold, predicted));
    }
}
