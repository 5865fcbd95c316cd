using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Actors a rule finds among a sentence's own, read in place: the group that claims an attack (after "revendiqué par",
/// before "a revendiqué"), and the government that announced a deal.
/// </summary>
public sealed class ActorsFoundInPlaceTests
{
    private static Sitrep.Model.Event First(string text) => TestPipeline.Code(text).Events.First();

    [Fact]
    public void TheGroupAfterClaimedByActs()
    {
        var attack = First("Un kamikaze a actionné sa charge près d'un barrage de l'armée à Qamichli, un attentat revendiqué par l'EI.");
        Assert.Equal("Islamic State", attack.Actor1);
        Assert.EndsWith("; the group that claims it acts", attack.Why[1]);
    }

    [Fact]
    public void TheGroupBeforeItsClaimActs()
    {
        var attack = First("Une voiture piégée a explosé à Qamichli lundi, tuant cinq civils, et l'EI a revendiqué l'attaque.");
        Assert.Equal(("Islamic State", "Civilians (Syria)"), (attack.Actor1, attack.Actor2));
        Assert.EndsWith("; the group that claims it acts", attack.Why[1]);
    }

    [Fact]
    public void TheGovernmentThatAnnouncedTheDealIsItsParty()
    {
        var deal = First("Un accord a été conclu à Alep, annoncé par la Russie, pour évacuer les rebelles.");
        Assert.Equal(("Government of Russia", "Syrian opposition armed groups"), (deal.Actor1, deal.Actor2));
    }
}
