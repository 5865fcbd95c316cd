using System.CommandLine;
using System.Data.Common;
using Sitrep.Cli.Commands;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>The `sitrep` command line: builds the commands and runs one, turning errors into one-line messages.</summary>
public static class SitrepCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand(
            "Sitrep turns conflict news into a source-attributed event dataset (ACLED's taxonomy).\n" +
            "Typical use: `sitrep run articles.jsonl` then `sitrep events`, `sitrep export --format csv`, `sitrep eval --gold gold.jsonl`.");
        foreach (var command in new[]
                 {
                     RunCommand.Create(context), ListCommands.Events(context), ListCommands.Claims(context),
                     ListCommands.Labels(context), ExportCommand.Create(context), EvalCommand.Create(context), ExplainCommand.Create(context),
                     LedgerCommand.Create(context), FramingCommand.Create(context),
                     ServeCommand.Create(context),
                     IngestCommand.Create(context), WorkerCommand.Create(context),
                 })
            root.Subcommands.Add(command);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"sitrep: {error.Message}");
            stderr.WriteLine("Try `sitrep --help`.");
            return ExitCodes.UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is UsageException or StoreException or IOException or UnauthorizedAccessException
                                      or Evaluation.GoldFormatException)
        {
            stderr.WriteLine($"sitrep: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (DbException e)
        {
            // The database failed mid-command (a server restarted, a connection dropped): what was committed stays.
            stderr.WriteLine($"sitrep: the store failed: {StoreException.OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
    }
}
