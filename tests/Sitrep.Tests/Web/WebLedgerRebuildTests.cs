using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>The page's ledger is built once per state of the store's documents, not on every request.</summary>
public sealed class WebLedgerRebuildTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();
    private string Store => _folder.File("store.db");

    [Fact]
    public async Task ADocumentStoredAfterARequestIsInTheNextOne()
    {
        Save(Strike("d1", "Alep", 3));
        await using var page = new LedgerPage(Store);
        Assert.Equal(1, await page.Clusters());

        Save(Strike("d2", "Homs", 5));

        Assert.Equal(2, await page.Clusters());
    }

    [Fact]
    public async Task AnUnchangedStoreIsNotReadAgain()
    {
        Save(Strike("d1", "Alep", 3), Strike("d2", "Homs", 5));
        await using var page = new LedgerPage(Store);
        Assert.Equal(2, await page.Clusters());

        // Behind Sitrep's back, no document written: a ledger read again would have one cluster fewer.
        Assert.Equal(1, Execute("DELETE FROM events WHERE doc_id = 'd2'"));

        Assert.Equal(2, await page.Clusters());
    }

    [Fact]
    public async Task ADocumentWrittenAfterTheClockWasSetBackIsInTheNextRequest()
    {
        Save(Strike("d1", "Alep", 3), Strike("d2", "Homs", 5));
        // d2 was coded while the clock ran far ahead: the latest coding time stays d2's whatever is written next.
        Assert.Equal(1, Execute("UPDATE documents SET coded_at = '2999-01-01T00:00:00Z' WHERE id = 'd2'"));
        await using var page = new LedgerPage(Store);
        Assert.Equal(2, await page.Clusters());

        Save(Strike("d1", "Homs", 5) with { Events = [] });

        Assert.Equal(1, await page.Clusters());
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The store served, and its ledger's cluster count as the page's API gives it.</summary>
    private sealed class LedgerPage : IAsyncDisposable
    {
        private readonly RunningWebServer _server;
        private readonly HttpClient _http;

        public LedgerPage(string store)
        {
            _server = WebServer.Start(store, 0, token: null);
            _http = new HttpClient { BaseAddress = _server.Address };
        }

        public async Task<int> Clusters() => (int)JsonNode.Parse(await _http.GetStringAsync("api/ledger"))!["total"]!;

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await _server.DisposeAsync();
        }
    }

    private int Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private void Save(params CodedDocument[] documents)
    {
        using var store = SqliteEventStore.Open(Store);
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
