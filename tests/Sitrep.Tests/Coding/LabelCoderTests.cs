using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

public sealed class LabelCoderTests
{
    [Fact]
    public void AnActorLabelledTwiceByOneWordHasThatLabelOnceAtItsFirstMention()
    {
        var coded = TestPipeline.Code("Les rebelles ont attaqué Alep lundi. Les rebelles ont ensuite bombardé Homs, selon les jihadistes.");
        var labels = coded.Labels.Select(l => (l.Actor, l.Word)).ToList();
        Assert.Equal(labels.Distinct().Count(), labels.Count);
        Assert.Contains(coded.Labels, l => l.Word == "rebelle" && l.Span.Start == 4);
        Assert.DoesNotContain(coded.Labels, l => l.Word == "rebelle" && l.Span.Start > 4);
    }
}
