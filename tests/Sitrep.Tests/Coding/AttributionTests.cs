using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>Who a sentence's facts come from, by each way a sentence names its source (EVENTS.md, attribution).</summary>
public sealed class AttributionTests
{
    private static List<string> Sources(string text) =>
        Assert.Single(TestPipeline.Code(text, outlet: "Le Monde").Events).Sources.ToList();

    [Theory]
    // A source after its verb of saying, then the medium that carried it: the speakers are read for the medium only.
    [InlineData("L'armée a bombardé Alep mardi, a affirmé l'OSDH, cité par l'AFP.", "SOHR|AFP")]
    [InlineData("L'armée a bombardé Alep mardi, a affirmé l'OSDH.", "SOHR")]
    [InlineData("Selon l'OSDH, l'armée a bombardé Alep mardi.", "SOHR")]
    [InlineData("L'OSDH a indiqué que l'armée avait bombardé Alep mardi.", "SOHR")]
    [InlineData("Le porte-parole Karim Haddad a indiqué que l'armée avait bombardé Alep mardi.", "Karim Haddad")]
    public void TheSourceIsReadWhereverTheSentenceNamesIt(string text, string chain) =>
        Assert.Equal(chain.Split('|'), Sources(text));
}
