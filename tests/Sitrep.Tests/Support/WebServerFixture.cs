using Sitrep.Web;

namespace Sitrep.Tests.Support;

/// <summary>A real Kestrel on a free loopback port over a <see cref="WebTestStore"/>, shared by one test class.</summary>
public sealed class WebServerFixture : IDisposable
{
    public WebServerFixture()
    {
        Server = WebServer.Start(Store.Path, 0, token: null);
        Http = new HttpClient { BaseAddress = Server.Address };
    }

    public WebTestStore Store { get; } = new();

    public RunningWebServer Server { get; }

    public HttpClient Http { get; }

    public void Dispose()
    {
        Http.Dispose();
        Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Store.Dispose();
    }
}
