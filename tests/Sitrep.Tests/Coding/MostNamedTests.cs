using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>
/// The side a fight leaves unnamed is the document's most named armed actor of that side, the first in ordinal order
/// among equals, else the side's default (the Syrian army, the armed opposition).
/// </summary>
public sealed class MostNamedTests
{
    private const string RebelsAttack = " Les rebelles ont attaqué Idleb jeudi.";

    private static string? LastActor2(string text) => TestPipeline.Code(text).Events.Last().Actor2;

    [Fact]
    public void TheOtherSideIsItsMostNamedActor() =>
        Assert.Equal("Hezbollah", LastActor2("L'armée a bombardé Homs lundi. Le Hezbollah a bombardé Alep mardi. Le Hezbollah a bombardé Hama mercredi." + RebelsAttack));

    [Fact]
    public void MoreMentionsOutweighTheOrderOfNames() =>
        Assert.Equal("Military Forces of Syria", LastActor2("Le Hezbollah a bombardé Alep lundi. L'armée a bombardé Homs mardi. L'armée a bombardé Hama mercredi." + RebelsAttack));

    [Fact]
    public void AmongEqualsTheFirstInOrdinalOrderIsTheOtherSide() =>
        Assert.Equal("Hezbollah", LastActor2("L'armée a bombardé Homs lundi. Le Hezbollah a bombardé Alep mardi." + RebelsAttack));
}
