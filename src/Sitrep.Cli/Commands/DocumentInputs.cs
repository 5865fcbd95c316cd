using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Cli.Commands;

/// <summary>The `PATH...` argument and the options that fill in what inputs lack, shared by `run` and `ingest`.</summary>
public sealed class DocumentInputs
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or folders: .txt, .html, .jsonl document lists, RSS/Atom feeds; folders are read recursively.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Published { get; } = new("--published")
    {
        Description = "Publication date for inputs without one (YYYY-MM-DD, or YYYY-MM when only the month is known).",
        HelpName = "DATE",
    };

    public Option<string?> Outlet { get; } = new("--outlet") { Description = "Outlet (publisher) for inputs without one.", HelpName = "NAME" };

    public Option<string> Language { get; } = new("--language") { Description = "Language of the articles.", DefaultValueFactory = _ => "fr" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Published);
        command.Options.Add(Outlet);
        command.Options.Add(Language);
    }

    /// <summary>The existing paths given and the ingest options; a missing path or a bad date is a usage error.</summary>
    public (IReadOnlyList<string> Paths, IngestOptions Options) Read(ParseResult parse)
    {
        var paths = parse.GetValue(Paths)!;
        foreach (var path in paths)
            if (!File.Exists(path) && !Directory.Exists(path)) throw new UsageException($"{path}: no such file or folder");
        return (paths, new IngestOptions(ParsePublished(parse.GetValue(Published)), parse.GetValue(Outlet), parse.GetValue(Language)!));
    }

    private static PartialDate? ParsePublished(string? value)
    {
        if (value is null) return null;
        return PartialDate.TryParse(value, out var date) ? date
            : throw new UsageException($"--published: \"{value}\" is not a date (YYYY-MM-DD or YYYY-MM)");
    }
}
