using System.Globalization;

namespace Sitrep.Bench.Hostile;

/// <summary>
/// The summary table: one row per input, one column per stage, CPU seconds per megabyte in each cell; over the limit
/// in bold, "†" when the stage was stopped before the largest size (the figure is from the size it last ran at).
/// </summary>
public static class HostileMatrix
{
    public static void Write(IReadOnlyList<HostileRow> rows, TextWriter output)
    {
        var stages = rows.Select(r => r.Stage).Distinct().ToList();
        output.WriteLine($"| input (s/MB) | {string.Join(" | ", stages)} |");
        output.WriteLine($"|---|{string.Concat(stages.Select(_ => "---:|"))}");
        foreach (var input in rows.GroupBy(r => r.Input))
        {
            var cells = stages.Select(stage => input.FirstOrDefault(r => r.Stage == stage) is { } row ? Cell(row) : "");
            output.WriteLine($"| {input.Key} | {string.Join(" | ", cells)} |");
        }
    }

    private static string Cell(HostileRow row)
    {
        if (row.Mb == 0) return "–";
        var figure = row.SecondsPerMb.ToString(row.SecondsPerMb < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);
        if (row.Note?.StartsWith("refused", StringComparison.Ordinal) == true) figure += " (refused)";
        if (row.Stopped) figure += " †";
        return row.Over ? $"**{figure}**" : figure;
    }
}
