using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public sealed class LocatedMentionTests
{
    private static readonly Mention Figure = new(MentionKind.Quantity, new TextSpan(10, 2), "43", "grammar: 43", "morts");

    [Fact]
    public void AMentionOnItsTokensIsFoundByValue()
    {
        // The figures a toll used are a set that claims are looked up in: by value, the mention's and the tokens'.
        var used = new HashSet<LocatedMention> { new(Figure, 2, 3) };
        Assert.Contains(new LocatedMention(Figure with { }, 2, 3), used);
        Assert.DoesNotContain(new LocatedMention(Figure, 2, 4), used);
        Assert.DoesNotContain(new LocatedMention(Figure with { Value = "44" }, 2, 3), used);
    }
}
