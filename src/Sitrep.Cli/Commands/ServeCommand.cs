using System.CommandLine;
using Sitrep.Storage.Postgres;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep serve`: the web page and JSON API over a store, until Ctrl+C.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var port = NumberOption.Create("--port", $"The TCP port to listen on (default: {DefaultPort}; 0 picks a free one).", DefaultPort, "N",
            n => n is >= 0 and <= 65535, "a whole number from 0 to 65535");
        var host = new Option<string>("--host")
        {
            Description = $"The address to bind (default: {WebServer.DefaultHost}). Any other than loopback needs --token.",
            DefaultValueFactory = _ => WebServer.DefaultHost,
            HelpName = "ADDRESS",
        };
        var token = new Option<string?>("--token")
        {
            Description = "A secret every request must carry (Authorization: Bearer TOKEN, or ?token=TOKEN in the page's address).",
            HelpName = "TOKEN",
        };
        var command = new Command("serve", "Serve a read-only web page and JSON API (/api/...) over the store.") { store, port, host, token };
        command.SetAction(parse =>
        {
            // The store is served as it is: a missing, foreign, empty, older or newer one is refused (StoreException), never migrated.
            var path = StoreOption.Existing(parse.GetValue(store)!);
            RunningWebServer server;
            try
            {
                server = WebServer.Start(path, parse.GetValue(port), parse.GetValue(token), parse.GetValue(host)!);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            context.Out.WriteLine(server.Address);
            context.Error.WriteLine($"sitrep: serving {PostgresUrl.Redacted(path)} at {server.Address}" +
                                    (parse.GetValue(token) is null ? "" : " (add ?token=TOKEN to the address)") + "; Ctrl+C stops");
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });
        return command;
    }
}
