using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Model;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep events`, `sitrep claims`, `sitrep labels`: what the store holds, as tables. The rows are read from the store
/// once, as the table is measured, and never held all at once (<see cref="TableWriter"/>).
/// </summary>
public static class ListCommands
{
    public static Command Events(CliContext context)
    {
        var store = StoreOption.Create();
        var doc = DocOption();
        var type = new Option<string?>("--type") { Description = "Only this event type or sub-event type (e.g. Battles, \"Air/drone strike\")." };
        var command = new Command("events", "List coded events: date, type, actors, place, fatalities, sources.") { store, doc, type };
        command.SetAction(parse =>
        {
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            var wanted = parse.GetValue(type);
            var rows = db.ReadEvents(parse.GetValue(doc))
                .Where(e => wanted is null || e.EventType == wanted || e.SubEventType == wanted)
                .Select(e => (IReadOnlyList<string?>)
                [
                    e.DocId, e.Date?.ToString("yyyy-MM-dd"), e.SubEventType, e.Actor1, e.Actor2,
                    e.Location + (e.Place?.Id is null ? "" : $" ({e.Place.Name})"), e.Fatalities?.ToString(),
                    string.Join(" < ", e.Sources), Flags(e),
                ]);
            TableWriter.Write(context.Out, ["doc", "date", "sub-event type", "actor1", "actor2", "location", "dead", "sources", "flags"], rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Claims(CliContext context)
    {
        var store = StoreOption.Create();
        var doc = DocOption();
        var command = new Command("claims", "List claims: figures that sources assert (tolls, shares, counts), with their sources.") { store, doc };
        command.SetAction(parse =>
        {
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            var rows = db.ReadClaims(parse.GetValue(doc))
                .Select(c => (IReadOnlyList<string?>)
                [
                    c.DocId, c.Date?.ToString("yyyy-MM-dd"), c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    c.Unit, string.Join(" < ", c.Sources), Shorten(c.Quote),
                ]);
            TableWriter.Write(context.Out, ["doc", "date", "value", "unit", "sources", "quote"], rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Labels(CliContext context)
    {
        var store = StoreOption.Create();
        var doc = DocOption();
        var command = new Command("labels", "List the labels each document gives actors (\"terroriste\", \"rebelle\", \"régime\").") { store, doc };
        command.SetAction(parse =>
        {
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            var rows = db.ReadLabels(parse.GetValue(doc))
                .Select(l => (IReadOnlyList<string?>)[l.DocId, l.Actor, l.Word]);
            TableWriter.Write(context.Out, ["doc", "actor", "label"], rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> DocOption() => new("--doc") { Description = "Only this document id.", HelpName = "ID" };

    private static string Flags(Event e) => (e.Negated ? "negated " : "") + (e.Hedged ? "hedged" : "");

    private static string Shorten(string quote) => quote.Length <= 90 ? quote : quote[..87] + "...";
}
