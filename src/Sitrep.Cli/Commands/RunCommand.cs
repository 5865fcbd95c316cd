using System.CommandLine;
using System.Globalization;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep run PATH...`: ingest, code and store documents; lists every document that failed.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new DocumentInputs();
        var store = StoreOption.Create();
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "Longest time coding one document may take, in seconds; a slower document fails and the batch goes on.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => CodingTimeLimit.Default.TotalSeconds,
        };
        var command = new Command("run", "Ingest articles, code their events, claims and labels, and store them (re-running changes nothing).");
        inputs.AddTo(command);
        command.Options.Add(store);
        command.Options.Add(timeLimit);
        command.SetAction(parse =>
        {
            var (paths, options) = inputs.Read(parse);
            var limit = ParseTimeLimit(parse.GetValue(timeLimit));
            using var db = StoreFactory.Open(parse.GetValue(store)!);
            return new DocumentRunner(context, db, options.Language, limit).Run(paths, options);
        });
        return command;
    }

    private static CodingTimeLimit ParseTimeLimit(double seconds) =>
        seconds > 0 && double.IsFinite(seconds) ? new CodingTimeLimit(TimeSpan.FromSeconds(seconds))
            : throw new UsageException($"--time-limit: {seconds.ToString(CultureInfo.InvariantCulture)} is not a positive number of seconds");
}
