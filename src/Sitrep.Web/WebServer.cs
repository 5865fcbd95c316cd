using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Web.Api;
using Sitrep.Web.Ledger;

namespace Sitrep.Web;

/// <summary>
/// `sitrep serve`: Kestrel serving the page at <c>/</c> and the read-only JSON API under <c>/api/</c> over one
/// store, SQLite file or PostgreSQL URL alike, that the database itself keeps read-only. Binds to loopback unless told otherwise, and then only with a token checked on every request.
/// </summary>
public static class WebServer
{
    public const string DefaultHost = "127.0.0.1";

    private const string SecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <param name="store">A SQLite store file or <c>postgres://</c> URL at this code's schema version; it is opened read-only, never migrated.</param>
    /// <param name="port">0 picks a free port; <see cref="RunningWebServer.Address"/> tells which.</param>
    /// <param name="token">Required when <paramref name="host"/> is not a loopback address.</param>
    /// <exception cref="ArgumentException">A bad host, or a non-loopback host without a token.</exception>
    /// <exception cref="Storage.StoreException">The store cannot be opened, holds nothing yet, or is at another schema version.</exception>
    public static RunningWebServer Start(string store, int port, string? token, string host = DefaultHost)
    {
        var address = Address(host);
        if (!IPAddress.IsLoopback(address) && string.IsNullOrEmpty(token))
            throw new ArgumentException($"binding to {host} opens the store to the network: give a --token that every request must carry");

        var readOnly = ReadOnlyStore.Open(store);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        // ASP.NET's default leaves < and > as they are; escaped, article text cannot close a tag even if JSON is misread as HTML.
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = JavaScriptEncoder.Default;
            json.SerializerOptions.TypeInfoResolver = WebJson.Default;
        });
        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(readOnly.Dispose);

        app.Use(AddSecurityHeaders);
        if (!string.IsNullOrEmpty(token)) app.Use(new TokenGate(token).Check);
        app.Use(ApiEndpoints.AnswerBadQueries);

        var ledger = StoreLedger.Load(readOnly, "fr");
        app.Lifetime.ApplicationStopped.Register(ledger.Dispose);
        ApiEndpoints.Map(app, readOnly, ledger);
        app.MapGet("/", () => PageFiles.Serve("index.html"));
        foreach (var name in PageFiles.Names)
            app.MapGet("/" + name, () => PageFiles.Serve(name));

        app.StartAsync().GetAwaiter().GetResult();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningWebServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    private static IPAddress Address(string host) =>
        host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : throw new ArgumentException($"--host must be an IP address or localhost, not \"{host}\"");

    private static Task AddSecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = SecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }
}
