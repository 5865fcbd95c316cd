using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Model;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep explain DOC`: each sentence of a stored document with its recognised spans, then every event,
/// claim and label with the rules and dictionary entries that produced it, coded with the current resources.
/// </summary>
public static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var doc = new Argument<string>("DOC") { Description = "The id of a stored document (see `sitrep events`)." };
        var store = StoreOption.Create();
        var command = new Command("explain", "Show why a document was coded as it was: spans, rules and dictionary entries.") { doc, store };
        command.SetAction(parse =>
        {
            using var db = StoreOption.OpenExisting(parse.GetValue(store)!, context);
            var id = parse.GetValue(doc)!;
            var document = db.Document(id) ?? throw new UsageException($"no document \"{id}\" in {parse.GetValue(store)}");
            var pipeline = Pipeline.Build(document.Language);
            var (text, mentions) = pipeline.Analyse(document);
            var coded = pipeline.Run(document);
            var w = context.Out;
            w.WriteLine($"document {document.Id}  outlet: {document.Outlet ?? "(unknown)"}  published: {document.Published?.ToString() ?? "(unknown)"}");
            foreach (var sentence in text.Sentences)
            {
                w.WriteLine();
                w.WriteLine($"[{sentence.Index + 1}] {TerminalText.Printable(text.Text.Substring(sentence.Start, sentence.Length))}");
                foreach (var m in mentions.Where(m => m.Span.Start >= sentence.Start && m.Span.Start < sentence.End))
                    w.WriteLine($"    {m.Kind,-8} \"{TerminalText.Printable(m.Span.Of(text.Text))}\" = {m.Value}{(m.Detail is null ? "" : $" ({m.Detail})")}  ← {m.Entry}");
            }
            w.WriteLine();
            foreach (var e in coded.Events)
            {
                w.WriteLine($"EVENT {e.SubEventType} | {e.Actor1 ?? "-"} → {e.Actor2 ?? "-"} | {e.Location} | {e.Date?.ToString("yyyy-MM-dd") ?? "no date"} (precision {e.TimePrecision}) | sources: {string.Join(" < ", e.Sources)}{Flags(e)}");
                foreach (var why in e.Why) w.WriteLine($"    {why}");
            }
            foreach (var c in coded.Claims)
                w.WriteLine($"CLAIM {c.Value} {c.Unit} | sources: {string.Join(" < ", c.Sources)} | {string.Join("; ", c.Why)}");
            foreach (var l in coded.Labels)
                w.WriteLine($"LABEL {l.Actor}: \"{l.Word}\" ← {l.Entry}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Flags(Event e) => (e.Negated ? " | negated" : "") + (e.Hedged ? " | hedged" : "");
}
