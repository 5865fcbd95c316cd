using Sitrep.Evaluation;
using Sitrep.Model;
using static Sitrep.Tests.Evaluation.EvalSamples;

namespace Sitrep.Tests.Evaluation;

public class EventMatcherTests
{
    [Fact]
    public void TheSameCanonicalPlaceMatchesADifferentlyWrittenLocation()
    {
        var gold = Clash("Kadi-Aaskar") with { Place = new Place("Qadi Askar", "Aleppo", "Syria", "neighbourhood") };
        var predicted = Clash("quartier de Qadi Askar") with { Place = new Place("Qadi Askar", "Aleppo", "Syria", "neighbourhood") };
        Assert.True(EventMatcher.CanMatch(gold, predicted));
    }

    [Fact]
    public void DifferentLocationsWithoutACommonPlaceDoNotMatch() =>
        Assert.False(EventMatcher.CanMatch(Clash("Alep"), Clash("Alep-Est")));

    [Fact]
    public void EventsThatNameNoLocationMatchEachOther() =>
        Assert.True(EventMatcher.CanMatch(Clash() with { Location = null }, Clash() with { Location = null }));

    [Fact]
    public void AnEventWithoutALocationDoesNotMatchOneWithALocation() =>
        Assert.False(EventMatcher.CanMatch(Clash("Alep"), Clash() with { Location = null }));

    [Fact]
    public void ANullDateMatchesAnyDate()
    {
        Assert.True(EventMatcher.CanMatch(Clash(date: Day(5)), Clash(date: null)));
        Assert.True(EventMatcher.CanMatch(Clash(date: null), Clash(date: Day(5))));
    }

    [Fact]
    public void DifferentDatesDoNotMatch() =>
        Assert.False(EventMatcher.CanMatch(Clash(date: Day(5)), Clash(date: Day(6))));

    [Fact]
    public void DifferentEventTypesDoNotMatch()
    {
        var strike = Clash() with { EventType = "Explosions/Remote violence", SubEventType = "Air/drone strike" };
        Assert.False(EventMatcher.CanMatch(Clash(), strike));
    }

    [Fact]
    public void OfTwoPredictionsForOneGoldEventTheCloserOneIsMatched()
    {
        var gold = Clash(date: Day(5));
        var looser = Clash(date: null, actor1: "Hezbollah");
        var closer = Clash(date: Day(5));

        var matching = EventMatcher.Match([gold], [looser, closer]);

        Assert.Same(closer, Assert.Single(matching.Pairs).Predicted);
        Assert.Same(looser, Assert.Single(matching.FalseEvents));
        Assert.Empty(matching.Misses);
    }

    [Fact]
    public void BestPairsAreTakenFirstEvenWhenALaterGoldEventWantsThePrediction()
    {
        var undatedGold = Clash(date: null, actor1: "Hezbollah");
        var datedGold = Clash(date: Day(5));
        var predicted = Clash(date: Day(5));

        var matching = EventMatcher.Match([undatedGold, datedGold], [predicted]);

        Assert.Same(datedGold, Assert.Single(matching.Pairs).Gold);
        Assert.Same(undatedGold, Assert.Single(matching.Misses));
    }

    [Fact]
    public void EqualPairsAreMatchedInOrder()
    {
        var first = Clash();
        var second = Clash();

        var matching = EventMatcher.Match([first], [first, second]);

        Assert.Same(first, Assert.Single(matching.Pairs).Predicted);
        Assert.Same(second, Assert.Single(matching.FalseEvents));
    }
}
