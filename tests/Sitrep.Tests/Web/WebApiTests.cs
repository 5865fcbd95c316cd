using System.Net;
using System.Text.Json.Nodes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Web;

/// <summary>The JSON API against a real Kestrel on loopback, over a store coded by `sitrep run`.</summary>
public sealed class WebApiTests(WebServerFixture web) : IClassFixture<WebServerFixture>
{
    private async Task<JsonNode> Get(string path)
    {
        using var response = await web.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private async Task<int> Total(string query) => (int)(await Get("api/events?" + query))["total"]!;

    private static IEnumerable<JsonNode> Rows(JsonNode page) => page["rows"]!.AsArray().Select(r => r!);

    [Fact]
    public async Task EventsArePagedByTheServer()
    {
        var all = await Get("api/events?size=500");
        var total = (int)all["total"]!;
        Assert.True(total >= 5, $"only {total} events stored");
        Assert.Equal(total, all["rows"]!.AsArray().Count);

        var first = await Get("api/events?size=2&page=1&sort=doc&dir=asc");
        var second = await Get("api/events?size=2&page=2&sort=doc&dir=asc");
        Assert.Equal(2, first["rows"]!.AsArray().Count);
        Assert.Equal(total, (int)first["total"]!);
        Assert.Empty(Rows(first).Select(r => (string)r["eventId"]!).Intersect(Rows(second).Select(r => (string)r["eventId"]!)));
    }

    [Fact]
    public async Task EventsSortOnTheColumnAsked()
    {
        var docs = Rows(await Get("api/events?sort=doc&dir=asc&size=500")).Select(r => (string)r["docId"]!).ToList();
        Assert.Equal(docs.Order(StringComparer.Ordinal), docs);
        var dates = Rows(await Get("api/events?sort=date&dir=desc&size=500")).Select(r => (string?)r["date"]).Where(d => d is not null).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task EachFilterKeepsOnlyMatchingEvents()
    {
        var total = await Total("");
        var strikes = Rows(await Get("api/events?type=Air%2Fdrone%20strike&size=500")).ToList();
        Assert.NotEmpty(strikes);
        Assert.All(strikes, r => Assert.Equal("Air/drone strike", (string)r["subEventType"]!));
        Assert.InRange(strikes.Count, 1, total - 1);

        var inHoms = Rows(await Get("api/events?place=homs&size=500")).ToList();
        Assert.NotEmpty(inHoms);
        Assert.All(inHoms, r => Assert.Contains("Homs", $"{r["location"]} {r["placeName"]} {r["admin1"]}"));

        var byGazette = Rows(await Get("api/events?source=gazette&size=500")).ToList();
        Assert.NotEmpty(byGazette);
        Assert.All(byGazette, r => Assert.Equal("La Gazette", (string)r["outlet"]!));

        var bySohr = await Total("source=SOHR");
        Assert.InRange(bySohr, 1, total);
        var military = Rows(await Get("api/events?actor=military%20forces&size=500")).ToList();
        Assert.NotEmpty(military);
        Assert.All(military, r => Assert.Contains("Military Forces", $"{r["actor1"]} {r["actor2"]}"));

        Assert.Equal(0, await Total("from=2021-01-01"));
        Assert.Equal(await Total("from=2020-02-04&to=2020-02-04"), Rows(await Get("api/events?size=500")).Count(r => (string?)r["date"] == "2020-02-04"));
    }

    [Theory]
    [InlineData("actor=' OR 1=1 --")]
    [InlineData("place=%25")]
    [InlineData("source=_")]
    [InlineData("type=Battles' OR '1'='1")]
    public async Task FilterValuesAreMatchedAsTextNeverAsSql(string query) => Assert.Equal(0, await Total(query));

    [Theory]
    [InlineData("api/events?from=hier")]
    [InlineData("api/events?sort=quote;DROP TABLE events")]
    [InlineData("api/events?dir=sideways")]
    [InlineData("api/events?size=100000")]
    [InlineData("api/events?page=0")]
    [InlineData("api/timeline?to=2020-13-01")]
    [InlineData("api/ledger?minSources=0")]
    [InlineData("api/ledger?minReports=many")]
    [InlineData("api/ledger?size=501")]
    [InlineData("api/ledger?page=0")]
    public async Task BadQueriesAreAnsweredWithAReason(string path)
    {
        using var response = await web.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]));
    }

    [Fact]
    public async Task ADocumentComesWithItsSpansAndTheEntriesThatFired()
    {
        var doc = await Get("api/documents/w1_quotidien");
        Assert.Equal("Le Quotidien", (string)doc["outlet"]!);
        var text = (string)doc["text"]!;
        var mentions = doc["mentions"]!.AsArray().Select(m => m!).ToList();
        var saraqeb = mentions.Single(m => (string)m["kind"]! == "Place" && Span(text, m) == "Saraqeb");
        Assert.False(string.IsNullOrEmpty((string)saraqeb["entry"]!));
        Assert.Contains(mentions, m => (string)m["kind"]! == "Trigger" && Span(text, m).StartsWith("bombard", StringComparison.Ordinal));
        Assert.NotEmpty(doc["events"]!.AsArray());
    }

    private static string Span(string text, JsonNode mention) => text.Substring((int)mention["start"]!, (int)mention["length"]!);

    [Fact]
    public async Task AnUnknownDocumentIsNotFound()
    {
        using var response = await web.Http.GetAsync("api/documents/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ArticleTextLeavesTheApiAsJsonDataWithMarkupCharactersEscaped()
    {
        var raw = await web.Http.GetStringAsync($"api/documents/{WebTestStore.HostileId}");
        Assert.DoesNotContain("<script", raw);
        Assert.DoesNotContain("<img", raw);
        var doc = JsonNode.Parse(raw)!;
        Assert.Contains("<script>", (string)doc["text"]!);
        Assert.Equal(WebTestStore.HostileTitle, (string)doc["title"]!);
    }

    [Fact]
    public async Task TheLedgerClustersReportsOfOneEventAndSetsDisagreeingFiguresSideBySide()
    {
        var ledger = await Get("api/ledger");
        var cluster = ledger["clusters"]!.AsArray().Single(c => (string)c!["subEventType"]! == "Air/drone strike" && (string?)c!["date"] == "2020-02-04"
                                                                 && c!["reports"]!.AsArray().Any(r => (string)r!["docId"]! == StoreSamples.DocId))!;
        Assert.Contains("t02_retelling", cluster["reports"]!.AsArray().Select(r => (string)r!["docId"]!));
        Assert.Equal([3], cluster["fatalities"]!.AsArray().Select(f => (int)f!));

        var contradiction = ledger["contradictions"]!.AsArray().Single(c => (string)c!["kind"]! == "claim"
                                                                            && new[] { (double)c!["valueA"]!, (double)c!["valueB"]! }.Order().SequenceEqual([40.0, 55.0]))!;
        var sides = new[] { contradiction["a"]!, contradiction["b"]! };
        Assert.Contains(sides, s => (string)s["origin"]! == "UNHCR");
        Assert.All(sides, s => Assert.Contains("habitants ont fui", (string)s["quote"]!));
    }

    [Fact]
    public async Task TheLedgerIsTheOneSitrepLedgerPrints()
    {
        var served = await Get("api/ledger?size=500");
        var printed = JsonNode.Parse(CliRun.Of("ledger", "--json", "--store", web.Store.Path).Out)!;
        Assert.Equal(printed["clusters"]!.AsArray().Count, (int)served["total"]!);
        Assert.Equal(Ids(printed["clusters"]!, "id"), Ids(served["clusters"]!, "id"));
        Assert.NotEmpty(served["contradictions"]!.AsArray());
        Assert.Equal(
            printed["contradictions"]!.AsArray().Select(c => $"{c!["subject"]} {c["value_a"]} {c["a"]!["doc_id"]} {c["value_b"]} {c["b"]!["doc_id"]}"),
            served["contradictions"]!.AsArray().Select(c => $"{c!["subject"]} {c["valueA"]} {c["a"]!["docId"]} {c["valueB"]} {c["b"]!["docId"]}"));

        var twiceTold = (await Get("api/ledger?minReports=2"))["clusters"]!.AsArray();
        Assert.NotEmpty(twiceTold);
        Assert.All(twiceTold, c => Assert.True(c!["reports"]!.AsArray().Count >= 2));
        Assert.True(twiceTold.Count < served["clusters"]!.AsArray().Count);
    }

    [Fact]
    public async Task TheLedgerComesAPageAtATimeWithItsTotal()
    {
        var all = await Get("api/ledger?size=500");
        var first = await Get("api/ledger?size=2&page=1");
        var second = await Get("api/ledger?size=2&page=2");

        Assert.True((int)all["total"]! > 4, $"only {all["total"]} clusters");
        Assert.Equal((int)all["total"]!, (int)second["total"]!);
        Assert.Equal((2, 2), ((int)second["page"]!, (int)second["size"]!));
        Assert.Equal(Ids(all["clusters"]!, "id").Take(4), Ids(first["clusters"]!, "id").Concat(Ids(second["clusters"]!, "id")));
        Assert.Equal(Ids(all["contradictions"]!, "subject"), Ids(second["contradictions"]!, "subject"));
        Assert.Equal(50, (int)(await Get("api/ledger"))["size"]!);
    }

    private static List<string> Ids(JsonNode list, string name) => list.AsArray().Select(n => (string)n![name]!).ToList();

    [Fact]
    public async Task ReadingTheLedgerWritesNoClustersBackToTheStore()
    {
        var before = RawSqliteFile.Dump(web.Store.Path);
        await Get("api/ledger");
        await Get("api/framing");
        Assert.Equal(before, RawSqliteFile.Dump(web.Store.Path));
    }

    [Fact]
    public async Task FramingCountsTheWordsEachOutletUsesForEachActor()
    {
        var counts = (await Get("api/framing")).AsArray().Select(c => c!).ToList();
        Assert.Contains(counts, c => (string)c["outlet"]! == "La Gazette" && (string)c["word"]! == "terroriste" && (int)c["count"]! >= 1);
        Assert.Contains(counts, c => (string)c["outlet"]! == "Le Quotidien" && (string)c["word"]! == "rebelle");
    }

    [Fact]
    public async Task TimelineAndMapCountUnderTheSameFiltersAsTheTable()
    {
        var filter = "place=Saraq";
        var days = (await Get("api/timeline?" + filter)).AsArray().Sum(d => (int)d!["count"]!);
        var dated = Rows(await Get($"api/events?{filter}&size=500")).Count(r => r["date"] is not null);
        Assert.Equal(dated, days);
        var points = (await Get("api/map?" + filter)).AsArray();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.InRange((double)p!["latitude"]!, 32, 38));
    }

    [Theory]
    [InlineData("POST", "api/events")]
    [InlineData("PUT", "api/documents/w1_quotidien")]
    [InlineData("DELETE", "api/documents/w1_quotidien")]
    [InlineData("PATCH", "api/ledger")]
    public async Task TheApiOnlyReads(string method, string path)
    {
        var before = RawSqliteFile.Dump(web.Store.Path);
        using var response = await web.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(before, RawSqliteFile.Dump(web.Store.Path));
    }

    [Fact]
    public async Task ThePageAndItsScriptsComeFromTheServerItself()
    {
        var page = await web.Http.GetStringAsync("/");
        Assert.Contains("<script type=\"module\" src=\"app.js\">", page);
        Assert.DoesNotContain("//", page.Replace("http://www.w3.org", ""));
        foreach (var file in new[] { "app.js", "app.css", "events.js", "document.js", "map.js", "timeline.js", "ledger.js", "syria-outline.json" })
        {
            using var response = await web.Http.GetAsync(file);
            Assert.True(response.IsSuccessStatusCode, file);
            Assert.DoesNotContain("https://", await response.Content.ReadAsStringAsync());
        }
        using var root = await web.Http.GetAsync("/");
        Assert.Contains("script-src 'self'", root.Headers.GetValues("Content-Security-Policy").Single());
    }
}
