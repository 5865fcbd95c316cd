using System.Text;

namespace Sitrep.Cli.Output;

/// <summary>
/// Renders rows as a plain table on a writer: a blank line, the header, a rule, the rows with their cells wrapped to
/// fit, a blank line, then "N rows"; 240 columns wide in a pipe or a file, the terminal's width in a terminal. The
/// layout is Spectre.Console's simple table, which this writer replaced: Spectre built the whole table in memory, a
/// renderable per cell, where this one holds one row and the columns' widths.
/// </summary>
public static class TableWriter
{
    private const int PipeWidth = 240;
    private const char Rule = '─';

    /// <summary>Lines gathered before a write: one write per row made a system call per row on the console.</summary>
    private const int ChunkChars = 1 << 16;

    /// <param name="rows">Enumerated once: the rows are measured as they are read and kept on disk until the columns'
    /// widths are known (<see cref="RowSpool"/>), so a query over the store runs once and no row stays in memory.</param>
    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows) =>
        Write(writer, headers, rows, IsTerminal(writer) ? TerminalWidth() : PipeWidth);

    /// <summary>As <see cref="Write(TextWriter, IReadOnlyList{string}, IEnumerable{IReadOnlyList{string?}})"/>, at most
    /// <paramref name="width"/> columns wide.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, int width)
    {
        var measured = new ColumnWidths(headers);
        using var spool = new RowSpool();
        foreach (var row in rows)
        {
            measured.Add(row);
            spool.Add(row);
        }
        var widths = measured.Fit(width);
        var tableWidth = widths.Sum() + ColumnWidths.Borders(widths.Length);
        var lines = new StringBuilder();
        var count = 0;
        lines.Append(' ', tableWidth).Append('\n');
        AppendRow(lines, headers, widths, ellipsis: true);
        foreach (var row in spool.Rows())
        {
            if (count++ == 0) lines.Append(Rule, tableWidth).Append('\n');
            AppendRow(lines, row, widths);
            if (lines.Length >= ChunkChars) Flush(writer, lines);
        }
        lines.Append(' ', tableWidth).Append('\n');
        lines.Append($"{count} row{(count == 1 ? "" : "s")}").Append(writer.NewLine);
        Flush(writer, lines);
    }

    /// <summary>A row as one or more lines: each cell in its column, wrapped to the column's width.</summary>
    private static void AppendRow(StringBuilder lines, IReadOnlyList<string?> row, int[] widths, bool ellipsis = false)
    {
        var cells = new IReadOnlyList<string>[widths.Length];
        var height = 1;
        for (var i = 0; i < widths.Length; i++)
        {
            cells[i] = CellText.Wrap(i < row.Count ? row[i] ?? "" : "", widths[i], ellipsis);
            height = Math.Max(height, cells[i].Count);
        }
        for (var line = 0; line < height; line++)
        {
            lines.Append(' ');
            for (var i = 0; i < widths.Length; i++)
            {
                var text = line < cells[i].Count ? cells[i][line] : "";
                lines.Append(' ').Append(text).Append(' ', Math.Max(0, widths[i] - CellText.Width(text)) + 2);
            }
            lines.Append('\n');
        }
    }

    private static void Flush(TextWriter writer, StringBuilder lines)
    {
        writer.Write(lines);
        lines.Clear();
    }

    private static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 0 and var width ? width : PipeWidth;
        }
        catch (IOException)
        {
            return PipeWidth;
        }
    }
}
