using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public sealed class ActLinesTests
{
    private static LocatedMention Trigger(string entry, string triggerClass, int first) =>
        new(new Mention(MentionKind.Trigger, new TextSpan(first * 5, 4), triggerClass, entry, "strong"), first, first + 1);

    [Fact]
    public void ATriggerEntryIsWrittenOnceForAllItsActs()
    {
        var lines = new ActLines();
        var first = lines.Trigger(Trigger("fr/triggers.tsv:7 \"bombarder\"", "strike", 2));
        Assert.Equal("trigger: fr/triggers.tsv:7 \"bombarder\" → strike", first);
        Assert.Same(first, lines.Trigger(Trigger("fr/triggers.tsv:7 \"bombarder\"", "strike", 9)));
        Assert.Equal("trigger: fr/triggers.tsv:7 \"bombarder\" (misspelt) → strike",
            lines.Trigger(Trigger("fr/triggers.tsv:7 \"bombarder\" (misspelt)", "strike", 2)));
        Assert.Equal("trigger: fr/triggers.tsv:7 \"bombarder\" → kill", lines.Trigger(Trigger("fr/triggers.tsv:7 \"bombarder\"", "kill", 2)));
    }

    [Fact]
    public void ARuleWrittenAgainGivesTheSameRolesLine()
    {
        var lines = new ActLines();
        var first = lines.Roles("active, no subject; implied actor1");
        Assert.Equal("roles: active, no subject; implied actor1", first);
        // A completed rule is a new string each time: equal text, the same line.
        Assert.Same(first, lines.Roles(string.Concat("active, no subject", "; implied actor1")));
        Assert.Equal("roles: active, no subject", lines.Roles("active, no subject"));
    }
}
