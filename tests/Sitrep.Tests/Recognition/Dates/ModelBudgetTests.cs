using Sitrep.Recognition.Dates;

namespace Sitrep.Tests.Recognition.Dates;

public class ModelBudgetTests
{
    [Fact]
    public void AShortDocumentMaySendTheAllowanceAndNoMore()
    {
        var budget = new ModelBudget(500);

        Assert.True(budget.TrySpend(ModelBudget.Allowance - 10));
        Assert.False(budget.TrySpend(11));
        Assert.True(budget.TrySpend(10));
        Assert.False(budget.TrySpend(1));
    }

    [Fact]
    public void ALongDocumentMaySendItsShare()
    {
        var length = 1_000_000;
        var budget = new ModelBudget(length);

        Assert.True(budget.TrySpend(length / ModelBudget.Share));
        Assert.False(budget.TrySpend(1));
    }
}
