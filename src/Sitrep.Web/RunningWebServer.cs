using Microsoft.AspNetCore.Builder;

namespace Sitrep.Web;

/// <summary>A started server: where it listens, and how to wait for it or stop it.</summary>
public sealed class RunningWebServer(WebApplication app, Uri address) : IAsyncDisposable
{
    /// <summary>The address actually bound (the real port when 0 was asked for), e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; } = address;

    /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
