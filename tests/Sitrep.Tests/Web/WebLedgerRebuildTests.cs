using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>The page's ledger is built once per state of the store's documents, not on every request.</summary>
public sealed class WebLedgerRebuildTests
{
    [Fact]
    public async Task ADocumentStoredAfterARequestIsInTheNextOne()
    {
        using var folder = new TempStoreFolder();
        var path = folder.File("store.db");
        Save(path, Strike("d1", "Alep", 3));
        await using var server = WebServer.Start(path, 0, token: null);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(1, await Clusters(http));

        Save(path, Strike("d2", "Homs", 5));

        Assert.Equal(2, await Clusters(http));
    }

    [Fact]
    public async Task AnUnchangedStoreIsNotReadAgain()
    {
        using var folder = new TempStoreFolder();
        var path = folder.File("store.db");
        Save(path, Strike("d1", "Alep", 3), Strike("d2", "Homs", 5));
        await using var server = WebServer.Start(path, 0, token: null);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(2, await Clusters(http));

        // Behind Sitrep's back, no document written: a ledger read again would have one cluster fewer.
        Assert.Equal(1, Execute(path, "DELETE FROM events WHERE doc_id = 'd2'"));

        Assert.Equal(2, await Clusters(http));
    }

    [Fact]
    public async Task ADocumentWrittenAfterTheClockWasSetBackIsInTheNextRequest()
    {
        using var folder = new TempStoreFolder();
        var path = folder.File("store.db");
        Save(path, Strike("d1", "Alep", 3), Strike("d2", "Homs", 5));
        // d2 was coded while the clock ran a year ahead: the latest coding time stays d2's whatever is written next.
        Assert.Equal(1, Execute(path, "UPDATE documents SET coded_at = '2999-01-01T00:00:00Z' WHERE id = 'd2'"));
        await using var server = WebServer.Start(path, 0, token: null);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(2, await Clusters(http));

        Save(path, Strike("d1", "Homs", 5) with { Events = [] });

        Assert.Equal(1, await Clusters(http));
    }

    private static int Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static async Task<int> Clusters(HttpClient http) =>
        (int)JsonNode.Parse(await http.GetStringAsync("api/ledger"))!["total"]!;

    private static void Save(string path, params CodedDocument[] documents)
    {
        using var store = SqliteEventStore.Open(path);
        foreach (var document in documents) store.Save(document, "test");
    }

    private static CodedDocument Strike(string id, string place, int dead)
    {
        var document = new Document(id, "Le Quotidien", new PartialDate(2020, 2, 4), "fr", null, $"Une frappe à {place} a tué {dead} civils.", "test");
        var strike = new Event
        {
            DocId = id,
            Quote = document.Text,
            QuoteSpan = new TextSpan(0, document.Text.Length),
            SubEventType = "Air/drone strike",
            EventType = EventTaxonomy.TypeOfSubType["Air/drone strike"],
            Location = place,
            Date = new DateOnly(2020, 2, 4),
            Fatalities = dead,
        };
        return new CodedDocument(document, [strike], [], [], []);
    }
}
