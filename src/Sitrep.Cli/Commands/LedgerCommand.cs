using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Ledger;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep ledger`: figures that independent sources disagree on, then event clusters by corroboration.</summary>
public static class LedgerCommand
{
    private const int QuoteWidth = 70;

    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print one JSON object (contradictions, clusters) instead of tables." };
        var minSources = NumberOption.Create("--min-sources", "Only clusters with at least this many independent sources (default 1: all).", 1, "N",
            n => n >= 1, "a whole number, 1 or more");
        var command = new Command("ledger",
            "Cross-document ledger: contradictions between independent sources (claims, casualties), then event clusters " +
            "with their reports and corroboration (independent sources: a chain's first source, else the outlet, else the document).")
        {
            store, json, minSources,
        };
        command.SetAction(parse =>
        {
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            using var report = EventLedger.Load("fr").Build(db);
            var clusters = report.ByCorroboration(parse.GetValue(minSources));
            if (parse.GetValue(json)) CliJson.Write(context.Out, new LedgerView(report.Contradictions, clusters), CliJson.Contracts.LedgerView);
            else WriteTables(context.Out, report.Contradictions, clusters);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTables(TextWriter output, IReadOnlyList<Contradiction> contradictions, IEnumerable<EventCluster> clusters)
    {
        output.WriteLine("Contradictions");
        TableWriter.Write(output, ["kind", "subject", "value", "source", "quote", "value", "source", "quote"],
            contradictions.Select(c => (IReadOnlyList<string?>)
            [
                c.Kind, c.Subject, Number(c.ValueA), Chain(c.A), Shorten(c.A.Quote), Number(c.ValueB), Chain(c.B), Shorten(c.B.Quote),
            ]));
        output.WriteLine();
        output.WriteLine("Clusters");
        TableWriter.Write(output, ["cluster", "date", "sub-event type", "place", "actor1", "actor2", "reports", "sources", "independent sources", "dead"],
            clusters.Select(c => (IReadOnlyList<string?>)
            [
                c.Id, c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.SubEventType, c.Place, c.Actor1, c.Actor2,
                Number(c.Reports.Count), Number(c.Corroboration), string.Join("; ", c.Sources), string.Join("/", c.Fatalities),
            ]));
    }

    /// <summary>The chain as `sitrep events` shows it, and where the origin is not in it (a fallback), the origin.</summary>
    private static string Chain(Report r) => r.Sources.Count > 0 ? string.Join(" < ", r.Sources) : $"({r.Origin})";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string quote) => quote.Length <= QuoteWidth ? quote : quote[..(QuoteWidth - 3)] + "...";
}
