using System.CommandLine;
using Sitrep.Ingest;
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
            // Built on another core while the store opens and the pipeline loads: most of it is its boilerplate filter's
            // non-backtracking regular expression (~0.15 s), a tenth of a small run's wait.
            var reader = Task.Run(() => DocumentReader.Load(options.Language));
            using var db = StoreOption.Open(parse.GetValue(store)!, context);
            var pipeline = Pipeline.Build(options.Language);
            return new DocumentRunner(context, db, pipeline, reader.GetAwaiter().GetResult(), limit).Run(paths, options);
        });
        return command;
    }
}
