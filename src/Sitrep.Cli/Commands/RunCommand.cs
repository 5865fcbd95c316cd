using System.CommandLine;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep run PATH...`: ingest, code and store documents; lists every document that failed.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new DocumentInputs();
        var store = StoreOption.Create();
        var timeLimit = NumberOption.Create("--time-limit",
            "Longest time coding one document may take, in seconds; a slower document fails and the batch goes on.",
            CodingTimeLimit.Default.TotalSeconds, "SECONDS", NumberOption.IsPositive, "a positive number of seconds");
        var command = new Command("run", "Ingest articles, code their events, claims and labels, and store them (re-running changes nothing).");
        inputs.AddTo(command);
        command.Options.Add(store);
        command.Options.Add(timeLimit);
        command.SetAction(parse =>
        {
            var (paths, options) = inputs.Read(parse);
            var limit = new CodingTimeLimit(TimeSpan.FromSeconds(parse.GetValue(timeLimit)));
            using var db = StoreOption.Open(parse.GetValue(store)!, context);
            return new DocumentRunner(context, db, Pipeline.Build(options.Language), limit).Run(paths, options);
        });
        return command;
    }
}
