using System.CommandLine;
using System.Globalization;
using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep run PATH...`: ingest, code and store documents; lists every document that failed.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders: .txt, .html, .jsonl document lists, RSS/Atom feeds; folders are read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOption.Create();
        var published = new Option<string?>("--published")
        {
            Description = "Publication date for inputs without one (YYYY-MM-DD, or YYYY-MM when only the month is known).",
            HelpName = "DATE",
        };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet (publisher) for inputs without one.", HelpName = "NAME" };
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "Longest time coding one document may take, in seconds; a slower document fails and the batch goes on.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => CodingTimeLimit.Default.TotalSeconds,
        };
        var language = new Option<string>("--language") { Description = "Language of the articles.", DefaultValueFactory = _ => "fr" };
        var command = new Command("run", "Ingest articles, code their events, claims and labels, and store them (re-running changes nothing).")
        {
            paths, store, published, outlet, language, timeLimit,
        };
        command.SetAction(parse =>
        {
            var options = new IngestOptions(ParsePublished(parse.GetValue(published)), parse.GetValue(outlet), parse.GetValue(language)!);
            var limit = ParseTimeLimit(parse.GetValue(timeLimit));
            using var db = SqliteEventStore.Open(parse.GetValue(store)!);
            return new DocumentRunner(context, db, options.Language, limit).Run(parse.GetValue(paths)!, options);
        });
        return command;
    }

    private static CodingTimeLimit ParseTimeLimit(double seconds) =>
        seconds > 0 && double.IsFinite(seconds) ? new CodingTimeLimit(TimeSpan.FromSeconds(seconds))
            : throw new UsageException($"--time-limit: {seconds.ToString(CultureInfo.InvariantCulture)} is not a positive number of seconds");

    private static PartialDate? ParsePublished(string? value)
    {
        if (value is null) return null;
        return PartialDate.TryParse(value, out var date) ? date
            : throw new UsageException($"--published: \"{value}\" is not a date (YYYY-MM-DD or YYYY-MM)");
    }
}
