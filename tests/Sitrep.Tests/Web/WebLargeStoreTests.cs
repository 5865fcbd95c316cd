using System.Text.Json.Nodes;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>The events table over 100,000 stored events: SQLite filters, sorts and pages, nothing loads them all.</summary>
public sealed class WebLargeStoreTests
{
    private const int EventCount = 100_000;

    [Fact]
    public async Task APageOfAHundredThousandEventsIsFilteredSortedAndPaged()
    {
        using var folder = new TempStoreFolder();
        var path = folder.File("large.db");
        var coded = ManyEvents();
        using (var store = SqliteEventStore.Open(path)) store.Save(coded, "test");
        var battlesInHomsFromTheTenth = coded.Events.Count(e => e.EventType == "Battles" && e.Location == "Homs" && e.Date >= new DateOnly(2020, 1, 10));
        await using var server = WebServer.Start(path, 0, token: null);
        using var http = new HttpClient { BaseAddress = server.Address };

        var last = JsonNode.Parse(await http.GetStringAsync("api/events?sort=date&dir=asc&size=100&page=1000"))!;
        var filtered = JsonNode.Parse(await http.GetStringAsync("api/events?type=Battles&place=homs&from=2020-01-10&sort=fatalities&page=3"))!;

        Assert.Equal(EventCount, (int)last["total"]!);
        Assert.Equal(100, last["rows"]!.AsArray().Count);
        Assert.Equal(battlesInHomsFromTheTenth, (int)filtered["total"]!);
        Assert.Equal(50, filtered["rows"]!.AsArray().Count);
    }

    /// <summary>Row i: one of 7 sub-event types, one of 3 places, day i mod 100 of 2020.</summary>
    private static CodedDocument ManyEvents()
    {
        string[] subTypes = ["Armed clash", "Air/drone strike", "Attack", "Peaceful protest", "Arrests", "Grenade", "Looting/property destruction"];
        string[] places = ["Homs", "Alep", "Idleb"];
        var document = new Document("large", "Le Quotidien", null, "fr", null, "Des combats.", "test");
        var events = Enumerable.Range(0, EventCount).Select(i => new Event
        {
            DocId = document.Id,
            Quote = document.Text,
            QuoteSpan = new TextSpan(0, document.Text.Length),
            SubEventType = subTypes[i % 7],
            EventType = EventTaxonomy.TypeOfSubType[subTypes[i % 7]],
            Location = places[i % 3],
            Date = new DateOnly(2020, 1, 1).AddDays(i % 100),
            Fatalities = i % 11,
        }).ToList();
        return new CodedDocument(document, events, [], [], []);
    }
}
