using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>Renders an <see cref="EvalReport"/> as aligned plain text.</summary>
internal static class EvalReportTable
{
    public static string Render(EvalReport report)
    {
        var text = new StringBuilder();
        Rows(text, ["", "precision", "recall", "f1", "tp", "fp", "fn"],
        [
            Scores("events", report.Events),
            Scores("claims", report.Claims),
            Scores("labels", report.Labels),
        ]);

        text.AppendLine().AppendLine($"field accuracy on {report.Fields.Pairs} matched event pairs");
        Rows(text, ["field", "accuracy", "agree"], EventField.Scored.Select(f => new[]
        {
            f.Name,
            report.Fields.Accuracy(f.Name) is double a ? Number(a) : "-",
            $"{report.Fields.Agreements[f.Name]}/{report.Fields.Pairs}",
        }).ToList());

        text.AppendLine().AppendLine("per document (tp/fp/fn, f1)");
        Rows(text, ["document", "events", "claims", "labels"], report.Documents.Select(d => new[]
        {
            d.DocId, Brief(d.Events), Brief(d.Claims), Brief(d.Labels),
        }).ToList());

        text.AppendLine().AppendLine($"event errors ({report.Errors.Count})");
        foreach (var error in report.Errors)
            AppendError(text, error);
        return text.ToString();
    }

    private static string[] Scores(string name, MatchCounts c) =>
        [name, Number(c.Precision), Number(c.Recall), Number(c.F1), Int(c.Tp), Int(c.Fp), Int(c.Fn)];

    private static string Brief(MatchCounts c) => $"{c.Tp}/{c.Fp}/{c.Fn} {Number(c.F1)}";

    private static void AppendError(StringBuilder text, EvalError error)
    {
        var what = error.Kind switch
        {
            EvalErrorKind.Miss => "miss",
            EvalErrorKind.FalseEvent => "false event",
            _ => "disagree on " + string.Join(", ", error.Fields),
        };
        text.AppendLine($"[{what}] {error.DocId}");
        if (error.Gold is not null) text.AppendLine($"    gold: {error.Gold}");
        if (error.Predicted is not null) text.AppendLine($"    pred: {error.Predicted}");
    }

    /// <summary>Left-aligned columns, two spaces apart, no trailing spaces.</summary>
    private static void Rows(StringBuilder text, string[] header, IReadOnlyList<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
            text.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
    }

    private static string Number(double value) => EvalReport.Round(value).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
