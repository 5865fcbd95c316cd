using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>Renders rows as a readable table on a writer: boxed in a terminal, plain and wide enough in a pipe.</summary>
public static class TableWriter
{
    private const int PipeWidth = 240;

    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(writer, Console.Out) || Console.IsOutputRedirected) console.Profile.Width = PipeWidth;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var h in headers) table.AddColumn(new TableColumn(Markup.Escape(h)));
        var count = 0;
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(cell ?? "")).ToArray());
            count++;
        }
        console.Write(table);
        writer.WriteLine($"{count} row{(count == 1 ? "" : "s")}");
    }
}
