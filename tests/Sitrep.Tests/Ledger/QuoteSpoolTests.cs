using Sitrep.Ledger;
using Sitrep.Model;
using static Sitrep.Tests.Support.LedgerSamples;

namespace Sitrep.Tests.Ledger;

public sealed class QuoteSpoolTests
{
    [Fact]
    public void AHeldEventKeepsNoQuoteAndIsRestoredWithItsOwn()
    {
        using var quotes = new QuoteSpool();
        var long_ = string.Concat(Enumerable.Repeat("Des combats à Alep-Est, « très violents » selon l'OSDH. ", 40));
        Event[] events = [Capture("a") with { Quote = "L'armée a repris Salhine." }, Capture("b") with { Quote = long_ }, Capture("c") with { Quote = "" }];

        var held = Stored(events).Select(quotes.Hold).ToList();

        Assert.All(held, e => Assert.Equal("", e.Event.Quote));
        Assert.Equal(events, held.Select(quotes.Restore));
    }

    [Fact]
    public void AnEventHeldTwiceIsSpooledOnce()
    {
        using var quotes = new QuoteSpool();
        var held = quotes.Hold(Stored([Capture("a")])[0]);

        Assert.Same(held, quotes.Hold(held));
        Assert.Equal(Capture("a").Quote, quotes.Restore(held).Quote);
    }
}
