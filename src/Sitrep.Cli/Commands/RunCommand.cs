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
        var command = new Command("run", "Ingest articles, code their events, claims and labels, and store them (re-running changes nothing).");
        inputs.AddTo(command);
        command.Options.Add(store);
        command.SetAction(parse =>
        {
            var (paths, options) = inputs.Read(parse);
            using var db = StoreFactory.Open(parse.GetValue(store)!);
            return new DocumentRunner(context, db, options.Language).Run(paths, options);
        });
        return command;
    }
}
