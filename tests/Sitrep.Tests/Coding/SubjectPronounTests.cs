using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>"Ils ont attaqué": a subject pronoun refers back to the last armed actor a sentence names, not to civilians.</summary>
public sealed class SubjectPronounTests
{
    [Fact]
    public void ThePronounActsAsTheFirstArmedActorOfASentenceWithoutAct()
    {
        var attack = Assert.Single(TestPipeline.Code(
            "Des habitants et des combattants de l'EI étaient présents à Raqqa lundi. Ils ont attaqué un barrage de l'armée à Raqqa mardi.").Events);

        Assert.Equal("Islamic State", attack.Actor1);
        Assert.Contains(attack.Why, w => w.Contains("actor1 from the pronoun", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceNamingOnlyCiviliansLeavesThePronounToTheArmedActorBefore()
    {
        var attack = Assert.Single(TestPipeline.Code(
            "Des combattants de l'EI étaient présents à Raqqa lundi. Des habitants ont fui la ville. Ils ont attaqué un barrage de l'armée à Raqqa mardi.").Events);

        Assert.Equal("Islamic State", attack.Actor1);
    }
}
