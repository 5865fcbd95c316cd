using System.CommandLine;
using Sitrep.Export;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep export --format csv|jsonl|geojson`: the stored dataset for other tools.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var format = new Option<string>("--format")
        {
            Description = "csv (ACLED-like columns), jsonl (events, claims and labels in the gold schema) or geojson (geocoded events).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "jsonl", "geojson");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("export", "Export the stored events (and, in jsonl, claims and labels).") { store, format, output };
        command.SetAction(parse =>
        {
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            var path = parse.GetValue(output);
            using var file = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            var writer = (TextWriter?)file ?? context.Out;
            switch (parse.GetValue(format))
            {
                case "jsonl": JsonlExporter.Write(writer, db.ReadEvents(), db.ReadClaims(), db.ReadLabels()); break;
                case "geojson": GeoJsonExporter.Write(writer, db.ReadEvents()); break;
                default:
                    // The clusters first: bringing them up to date may write the store, and the rows stream after.
                    var clusters = Ledger.EventLedger.ClusterRefs(db);
                    CsvExporter.Write(writer, db.ReadEvents(), clusters);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
