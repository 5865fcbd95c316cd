using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>A document's events come in the order its sentences tell them, a generic word's kept telling among them.</summary>
public sealed class TextOrderTests
{
    [Fact]
    public void AGenericWordKeptBeforeAnActStaysBeforeIt()
    {
        // "Les combats" is a weak trigger: weighed after the acts, then kept (nothing told before it at Alep).
        var coded = TestPipeline.Code(
            "Les combats se poursuivent à Alep. L'armée a bombardé Homs mardi, a indiqué l'OSDH. Les combats ont fait rage à Alep.");

        Assert.Equal(["Alep", "Homs"], coded.Events.Select(e => e.Location));
    }
}
