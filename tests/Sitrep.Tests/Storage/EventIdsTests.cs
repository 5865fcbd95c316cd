using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

public sealed class EventIdsTests
{
    [Fact]
    public void AnEventKeepsItsIdWhenOtherEventsAreAddedBeforeIt()
    {
        var alone = EventIds.Assign([StoreSamples.Strike]);
        var after = EventIds.Assign([StoreSamples.LeafletDrop, StoreSamples.Strike]);

        Assert.Equal(alone[0], after[1]);
    }

    [Fact]
    public void AnEventKeepsItsIdWhenOnlyItsFiguresChange()
    {
        var recoded = StoreSamples.Strike with { Fatalities = 4, Sources = ["SOHR"] };

        Assert.Equal(EventIds.Assign([StoreSamples.Strike]), EventIds.Assign([recoded]));
    }

    [Fact]
    public void EventsAtDifferentPlacesOfOneSentenceGetDifferentIds()
    {
        var elsewhere = StoreSamples.Strike with { Location = "Maarat al-Noumane", Place = null };

        var ids = EventIds.Assign([StoreSamples.Strike, elsewhere]);

        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void IdenticalEventsAreNumberedInOrder()
    {
        var ids = EventIds.Assign([StoreSamples.Strike, StoreSamples.Strike, StoreSamples.Strike]);

        Assert.Equal([ids[0] + "-2", ids[0] + "-3"], ids.Skip(1));
        Assert.StartsWith(StoreSamples.DocId + "-", ids[0]);
    }

    [Fact]
    public void IdsAreTheSameOnEveryThreadHashingAtOnce()
    {
        Event[] events = [StoreSamples.Strike, StoreSamples.LeafletDrop, StoreSamples.DeniedClash];
        var expected = EventIds.Assign(events);

        var perThread = Enumerable.Range(0, 8).AsParallel().Select(_ => Enumerable.Range(0, 200).Select(_ => EventIds.Assign(events)).ToList()).ToList();

        Assert.All(perThread.SelectMany(ids => ids), ids => Assert.Equal(expected, ids));
    }

    [Theory]
    [InlineData("2016-03-30")]
    [InlineData("0033-01-02")]
    [InlineData(null)]
    public void AnIdIsTheDocumentIdAndTwelveHexDigitsOfTheHashOfWhatMakesTheEventOne(string? date)
    {
        var e = StoreSamples.Strike with
        {
            Location = "Saraqeb, Idleb", Place = null,
            Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var key = string.Join('\u001F', e.DocId, e.QuoteSpan.Start.ToString(CultureInfo.InvariantCulture),
            e.QuoteSpan.Length.ToString(CultureInfo.InvariantCulture), e.SubEventType, e.Location, "", date ?? "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

        Assert.Equal($"{e.DocId}-{hash[..12]}", EventIds.Assign([e])[0]);
    }
}
