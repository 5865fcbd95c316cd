using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep eval --gold FILE`: scores the stored output against hand-coded gold, as EVENTS.md says.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var gold = new Option<string>("--gold") { Description = "Gold JSONL file (events, claims, labels) in EVENTS.md's schema.", Required = true, HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of the table." };
        var errors = new Option<bool>("--errors") { Description = "Also list every miss, false event and field disagreement." };
        var command = new Command("eval", "Score stored events, claims and labels against gold: precision, recall, F1, field accuracy.")
        {
            store, gold, json, errors,
        };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath)) throw new UsageException($"{goldPath}: no such gold file");
            var goldSet = GoldFile.Read(goldPath);
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            // Only the gold's documents are scored: a large store's other rows are passed over as they are read.
            bool InGold(string docId) => goldSet.Documents.Contains(docId);
            var report = Evaluator.Score(goldSet,
                db.ReadEvents().Where(e => InGold(e.DocId)).ToList(),
                db.ReadClaims().Where(c => InGold(c.DocId)).ToList(),
                db.ReadLabels().Where(l => InGold(l.DocId)).ToList());
            context.Out.WriteLine(parse.GetValue(json) ? report.ToJson() : report.ToTable());
            if (parse.GetValue(errors))
                foreach (var error in report.Errors) context.Out.WriteLine(TerminalText.Printable(error.ToString()));
            return ExitCodes.Ok;
        });
        return command;
    }
}
