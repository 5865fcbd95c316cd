using System.CommandLine;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>The `--store FILE` option every command shares, and opening the store it names.</summary>
public static class StoreOption
{
    public const string DefaultPath = "sitrep.db";

    public static Option<string> Create() => new("--store")
    {
        Description = $"The SQLite file that holds documents and coded events (default: {DefaultPath}).",
        DefaultValueFactory = _ => DefaultPath,
        HelpName = "FILE",
    };

    /// <summary>Opens an existing store for reading; a missing file is a usage error, not an empty result.</summary>
    public static SqliteEventStore OpenExisting(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"no store at {path}: run `sitrep run PATH... --store {path}` first");
        return SqliteEventStore.Open(path);
    }
}
