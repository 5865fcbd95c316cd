using Sitrep.Coding;

namespace Sitrep.Tests.Coding;

public sealed class RuleStepsTests
{
    [Fact]
    public void AStepAddedAgainGivesTheSameRule()
    {
        var first = RuleSteps.Then("active, no subject", "; implied actor1");
        Assert.Equal("active, no subject; implied actor1", first);
        // The same text built anew, as a completed rule is: the rule written the first time.
        Assert.Same(first, RuleSteps.Then(string.Concat("active, ", "no subject"), string.Concat("; implied ", "actor1")));
        Assert.Equal("active, no subject; implied actor1; civilians hit", RuleSteps.Then(first, "; civilians hit"));
        Assert.Equal("active, no subject; implied actor2", RuleSteps.Then("active, no subject", "; implied actor2"));
    }

    [Fact]
    public void NoStepLeavesTheRuleAsItIs()
    {
        var rule = string.Concat("passive, ", "no agent");
        Assert.Same(rule, RuleSteps.Then(rule, ""));
    }
}
