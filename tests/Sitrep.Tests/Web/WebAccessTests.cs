using System.Net;
using System.Net.Http.Headers;
using Sitrep.Tests.Support;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>Who may reach the server: loopback by default; any other bind only with a token checked on every request.</summary>
public sealed class WebAccessTests(WebTestStore store) : IClassFixture<WebTestStore>
{
    private const string Token = "s3cret-token";
    private readonly WebTestStore _store = store;

    [Theory]
    [InlineData("0.0.0.0", null)]
    [InlineData("0.0.0.0", "")]
    [InlineData("::", null)]
    public void ANonLoopbackBindWithoutATokenIsRefused(string host, string? token)
    {
        var error = Assert.Throws<ArgumentException>(() => WebServer.Start(_store.Path, 0, token, host));
        Assert.Contains("--token", error.Message);
    }

    [Fact]
    public void ServeRefusesANonLoopbackBindWithoutATokenAsAUsageError()
    {
        var run = CliRun.Of("serve", "--store", _store.Path, "--host", "0.0.0.0", "--port", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--token", run.Error);
    }

    [Fact]
    public void ServeRefusesAMissingStore()
    {
        var run = CliRun.Of("serve", "--store", _store.Path + ".missing", "--port", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no store", run.Error);
    }

    [Fact]
    public void ServeRefusesAnOlderStoreRatherThanMigratingIt()
    {
        using var folder = new TempStoreFolder();
        var path = folder.File("old.db");
        File.Copy(_store.Path, path);
        RawSqliteFile.Scalar(path, "PRAGMA user_version = 1");
        var before = RawSqliteFile.Dump(path);

        var run = CliRun.Of("serve", "--store", path, "--port", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("older than this Sitrep", run.Error);
        Assert.Equal(1L, RawSqliteFile.Scalar(path, "PRAGMA user_version"));
        Assert.Equal(before, RawSqliteFile.Dump(path));
    }

    [Fact]
    public void ServeRefusesAnEmptyFileAndLeavesItEmpty()
    {
        using var folder = new TempStoreFolder();
        var path = folder.Write("empty.db", "");
        var run = CliRun.Of("serve", "--store", path, "--port", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds no Sitrep store yet", run.Error);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/events")]
    [InlineData("/api/documents/w1_quotidien")]
    [InlineData("/api/ledger")]
    [InlineData("/no-such-page")]
    public async Task WithATokenEveryRequestWithoutItIsUnauthorized(string path)
    {
        await using var server = WebServer.Start(_store.Path, 0, Token, "0.0.0.0");
        using var http = new HttpClient { BaseAddress = Loopback(server) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path + "?token=wrong")).StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-tokeN");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task TheTokenIsAcceptedAsABearerHeaderOrInTheAddress()
    {
        await using var server = WebServer.Start(_store.Path, 0, Token, "0.0.0.0");
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = Loopback(server) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/events?token={Token}")).StatusCode);
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        withHeader.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withHeader)).StatusCode);
    }

    [Fact]
    public async Task ThePageOpenedWithTheTokenLoadsItsOwnFilesThroughACookie()
    {
        await using var server = WebServer.Start(_store.Path, 0, Token, "127.0.0.1");
        using var http = new HttpClient { BaseAddress = server.Address };
        using var page = await http.GetAsync($"/?token={Token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookie = page.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/app.js")).StatusCode);
    }

    [Fact]
    public async Task ByDefaultTheServerListensOnLoopbackOnly()
    {
        await using var server = WebServer.Start(_store.Path, 0, token: null);
        Assert.Equal("127.0.0.1", server.Address.Host);
    }

    /// <summary>A server bound to every address is reached here through loopback, on the port it chose.</summary>
    private static Uri Loopback(RunningWebServer server) => new($"http://127.0.0.1:{server.Address.Port}/");
}
