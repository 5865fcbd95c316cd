using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

/// <summary>
/// A sentence's one trigger is chosen when it tells an act, and not after an aim, a fear or an absence; of several,
/// those that tell are chosen, in text order.
/// </summary>
public sealed class TriggerSelectorTests
{
    private static int Events(string text) => TestPipeline.Code(text).Events.Count;

    [Fact]
    public void AOneTriggerSentenceTellsItsAct() => Assert.Equal(1, Events("L'armée a bombardé Alep lundi."));

    [Theory]
    [InlineData("Les habitants de Homs redoutent une offensive lundi.")]
    [InlineData("Aucun combat n'a eu lieu à Homs lundi.")]
    public void AOneTriggerSentenceWithNoActCodesNone(string text) => Assert.Equal(0, Events(text));

    [Fact]
    public void OfSeveralTriggersThoseThatTellAreChosen()
    {
        Assert.Equal(1, Events("L'armée a bombardé Alep lundi, et les habitants redoutent une offensive."));
        Assert.Equal(2, Events("L'armée a bombardé Alep lundi, et les rebelles ont lancé une offensive."));
    }
}
