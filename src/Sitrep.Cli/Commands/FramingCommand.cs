using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Ledger;
using Sitrep.Ledger.Framing;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep framing`: the words each outlet uses for each actor, and its loaded-label share.</summary>
public static class FramingCommand
{
    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of the table." };
        var command = new Command("framing",
            "Framing per outlet (per document where the outlet is unknown) and actor: label words with counts, and the share " +
            "of loaded labels (terroriste, djihadiste... versus rebelle, insurgé...; resources/lang/fr/framing.tsv).")
        {
            store, json,
        };
        command.SetAction(parse =>
        {
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            var rows = FramingTable.Build(db.ReadLabels(), EventLedger.OutletsOf(db.DocumentHeaders()), FramingLexicon.Load("fr"));
            if (parse.GetValue(json)) CliJson.Write(context.Out, rows, CliJson.Contracts.FramingRows);
            else
                TableWriter.Write(context.Out, ["outlet", "actor", "labels", "loaded", "neutral", "loaded share"],
                    rows.Select(r => (IReadOnlyList<string?>)
                    [
                        r.Outlet, r.Actor, string.Join(", ", r.Words.Select(w => $"{w.Word} {w.Count}")),
                        Count(r.Loaded), Count(r.Neutral), Percent(r.LoadedShare),
                    ]));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Percent(double? share) => share is double s ? Count((int)Math.Round(s * 100)) + "%" : null;
}
