namespace Sitrep.Cli.Output;

/// <summary>
/// A table's column widths, measured one row at a time and fitted to a width as Spectre.Console's table fitted them
/// (<c>TableMeasurer</c>, after Rich): every column as wide as its widest line; in a table too wide, the widest columns
/// narrowed first, step by step to the next widest, then all of them evenly.
/// </summary>
internal sealed class ColumnWidths
{
    /// <summary>Each column's one space of padding either side, its separator or edge, and the right edge.</summary>
    private const int CellPadding = 2;

    private readonly int[] _widest;

    public ColumnWidths(IReadOnlyList<string> headers)
    {
        _widest = new int[headers.Count];
        Add(headers);
    }

    public void Add(IReadOnlyList<string?> row)
    {
        for (var i = 0; i < _widest.Length; i++)
            if (i < row.Count && row[i] is { } cell) _widest[i] = Math.Max(_widest[i], CellText.MaxWidth(cell));
    }

    /// <summary>The columns' text widths for a table at most <paramref name="tableWidth"/> columns wide, borders included.</summary>
    public int[] Fit(int tableWidth)
    {
        var available = Math.Max(0, tableWidth - Borders(_widest.Length));
        var widths = _widest.Select(w => Math.Min(w, available)).ToArray();
        if (widths.Sum() <= available) return widths;
        widths = NarrowWidest(widths, available);
        var excess = widths.Sum() - available;
        return excess > 0 ? Reduce(excess, widths.Select(_ => 1).ToArray(), widths, widths) : widths;
    }

    /// <summary>The table's width beside its columns' text: padding, separators and edges.</summary>
    public static int Borders(int columns) => columns * (CellPadding + 1) + 1;

    private static int[] NarrowWidest(int[] widths, int available)
    {
        for (var excess = widths.Sum() - available; excess > 0; excess = widths.Sum() - available)
        {
            var widest = widths.Max();
            var next = widths.Select(w => w != widest ? w : 1).Max();
            if (widest == next) break;
            var step = Math.Min(excess, widest - next);
            widths = Reduce(excess, widths.Select(w => w == widest ? 1 : 0).ToArray(), widths.Select(_ => step).ToArray(), widths);
        }
        return widths;
    }

    /// <summary>Takes <paramref name="total"/> off the values in proportion to their ratios, at most each one's maximum.</summary>
    private static int[] Reduce(int total, int[] ratios, int[] maximums, int[] values)
    {
        var weights = ratios.Select((r, i) => maximums[i] > 0 ? r : 0).ToArray();
        var totalRatio = weights.Sum();
        if (totalRatio <= 0) return values;
        var result = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (weights[i] == 0)
            {
                result[i] = values[i];
                continue;
            }
            var taken = Math.Min(maximums[i], weights[i] * total / totalRatio);
            result[i] = values[i] - taken;
            total -= taken;
            totalRatio -= weights[i];
        }
        return result;
    }
}
