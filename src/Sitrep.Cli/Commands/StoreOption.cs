using System.CommandLine;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>The `--store FILE|URL` option every command shares, and opening the store it names.</summary>
public static class StoreOption
{
    public const string DefaultPath = "sitrep.db";

    public static Option<string> Create() => new("--store")
    {
        Description = $"The SQLite file, or postgres://user@host:port/database URL, that holds documents and coded events (default: {DefaultPath}).",
        DefaultValueFactory = _ => DefaultPath,
        HelpName = "FILE|URL",
    };

    /// <summary>Opens the store, made if missing; a migration it needs first is announced on the context's error stream.</summary>
    public static IDocumentStore Open(string store, CliContext context) =>
        StoreFactory.Open(store, notice => context.Error.WriteLine($"sitrep: {notice}"));

    /// <summary>Opens an existing store for reading; a missing SQLite file is a usage error, not an empty result.</summary>
    public static IDocumentStore OpenExisting(string store, CliContext context) => Open(Existing(store), context);

    /// <summary>The store value itself, once a SQLite file is known to exist (a server is asked whether it does when opened).</summary>
    public static string Existing(string store) =>
        StoreFactory.IsPostgres(store) || File.Exists(store) ? store
            : throw new UsageException($"no store at {store}: run `sitrep run PATH... --store {store}` first");

    /// <summary>The work queue commands need a server that many processes share; a SQLite file is a usage error.</summary>
    public static string RequirePostgres(string store, string command) =>
        StoreFactory.IsPostgres(store) ? store
            : throw new UsageException($"`sitrep {command}` needs a shared store: --store postgres://user@host:port/database (use `sitrep run` with a SQLite file)");
}
