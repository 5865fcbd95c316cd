using System.Text.Json.Nodes;
using Npgsql;
using Sitrep.Tests.Support;
using Sitrep.Web.Api;

namespace Sitrep.Tests.Web;

/// <summary>
/// `sitrep serve --store postgres://…`: the same corpus coded into SQLite and into PostgreSQL is served alike, byte
/// for byte, and the server never writes nor migrates the database it serves.
/// </summary>
public sealed class WebPostgresTests(WebStorePair pair) : IClassFixture<WebStorePair>
{
    private static readonly string[] Paths =
    [
        "api/events?size=500",
        "api/events?sort=doc&dir=asc&size=2&page=2",
        "api/events?sort=type&dir=asc&size=500",
        "api/events?sort=actor1&size=500",
        "api/events?sort=actor2&dir=asc&size=500",
        "api/events?sort=place&size=500",
        "api/events?sort=fatalities&dir=asc&size=500",
        "api/events?sort=outlet&size=500",
        "api/events?place=homs&size=500",
        "api/events?actor=MILITARY%20forces&size=500",
        "api/events?source=sohr&size=500",
        "api/events?source=gazette&size=500",
        "api/events?type=Air%2Fdrone%20strike",
        "api/events?from=2020-02-04&to=2020-02-04",
        "api/events?actor=' OR 1=1 --",
        "api/events/types",
        "api/timeline",
        "api/timeline?place=Saraq",
        "api/map",
        "api/map?source=Quotidien",
        "api/documents/w1_quotidien",
        "api/documents/w2_gazette",
        $"api/documents/{WebTestStore.HostileId}",
        $"api/documents/{StoreSamples.DocId}",
        "api/documents/t02_retelling",
        "api/documents/nothing-here",
        "api/ledger",
        "api/ledger?minReports=2",
        "api/framing",
        "api/events?from=hier",
    ];

    [PostgresFact]
    public async Task EveryAnswerFromAPostgresStoreIsTheAnswerFromTheSameCorpusInSqlite()
    {
        var stores = pair.Stores;
        foreach (var path in Paths)
        {
            using var fromSqlite = await stores.SqliteHttp.GetAsync(path);
            using var fromPostgres = await stores.PostgresHttp.GetAsync(path);
            Assert.Equal(fromSqlite.StatusCode, fromPostgres.StatusCode);
            Assert.Equal(await fromSqlite.Content.ReadAsStringAsync(), await fromPostgres.Content.ReadAsStringAsync());
        }
        var all = JsonNode.Parse(await stores.PostgresHttp.GetStringAsync("api/events?size=500"))!;
        Assert.True((int)all["total"]! >= 5, all.ToJsonString());
        var ledger = JsonNode.Parse(await stores.PostgresHttp.GetStringAsync("api/ledger?minReports=2"))!;
        Assert.NotEmpty(ledger["clusters"]!.AsArray());
        Assert.NotEmpty(ledger["contradictions"]!.AsArray());
    }

    [PostgresFact]
    public void TheServerReadsPostgresInSessionsThatRefuseEveryWrite()
    {
        var stores = pair.Stores;
        using var store = ReadOnlyStore.Open(stores.Postgres.Path);
        var refused = Assert.Throws<PostgresException>(() =>
            store.Query("INSERT INTO failures (origin, reason, at) VALUES ('x', 'y', 'z') RETURNING id", r => r.GetInt64(0)));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
        using var documents = store.OpenDocuments();
        Assert.Throws<Sitrep.Storage.StoreException>(() => documents.Save(WebTestStore.Retelling, "other version"));
        Assert.Equal(0, stores.Database.Scalar("SELECT count(*) FROM failures"));
    }

    [PostgresFact]
    public async Task ServingAPostgresStoreLeavesEveryRowAsItWas()
    {
        var stores = pair.Stores;
        var before = Snapshot(stores.Database);
        foreach (var path in Paths) (await stores.PostgresHttp.GetAsync(path)).Dispose();
        Assert.Equal(before, Snapshot(stores.Database));
    }

    [PostgresFact]
    public void ServeRefusesADatabaseWithoutAStoreAndCreatesNothingInIt()
    {
        using var empty = new PostgresTestDatabase();
        var run = CliRun.Of("serve", "--store", empty.Url, "--port", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds no Sitrep store", run.Error);
        Assert.Equal(0, empty.Scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Theory]
    [InlineData("postgres://sitrep:s3cret@127.0.0.1:1/sitrep", "Cannot open store postgres://sitrep:***@127.0.0.1:1/sitrep")]
    [InlineData("postgres://sitrep@127.0.0.1/sitrep?NoSuchOption=1", "option NoSuchOption")]
    [InlineData("postgres:///sitrep", "is not a PostgreSQL URL")]
    public void ServeExplainsABadOrUnreachableServerInOneLine(string url, string reason)
    {
        var run = CliRun.Of("serve", "--store", url, "--port", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("sitrep: ", run.Error);
        Assert.Contains(reason, run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("s3cret", run.Error);
        Assert.Equal("", run.Out);
    }

    [PostgresChromiumFact]
    public async Task ThePageShowsAPostgresStoreAsItShowsTheSameCorpusInSqlite()
    {
        var stores = pair.Stores;
        await using var browser = await HeadlessChromium.StartAsync();
        foreach (var (view, drawn) in new[]
                 {
                     ("events?sort=doc&dir=asc", "#events-table tbody tr"), ("ledger", "#contradictions tbody tr"),
                     ("framing", "#framing rect.bar"), ("map", "#map circle.point"), ("doc/w2_gazette", "#document-text mark"),
                 })
        {
            var shown = new List<string>();
            foreach (var server in new[] { stores.SqliteServer, stores.PostgresServer })
            {
                await browser.NavigateAsync(server.Address + "#" + view);
                await browser.WaitForAsync($"document.body.dataset.ready === 'true' && document.querySelectorAll('{drawn}').length > 0");
                shown.Add(await browser.EvaluateAsync<string>("document.getElementById('view').innerHTML"));
            }
            Assert.Equal(shown[0], shown[1]);
        }
    }

    /// <summary>Every row of every table the store has, in key order, as text.</summary>
    private static string Snapshot(PostgresTestDatabase database)
    {
        using var connection = database.Connect();
        var tables = new List<string>();
        using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        using (var reader = list.ExecuteReader())
            while (reader.Read()) tables.Add(reader.GetString(0));
        var snapshot = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var rows = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t ORDER BY 1", connection);
            using var reader = rows.ExecuteReader();
            snapshot.Append("== ").AppendLine(table);
            while (reader.Read()) snapshot.AppendLine(reader.GetString(0));
        }
        return snapshot.ToString();
    }
}
