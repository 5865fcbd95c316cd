using Sitrep.Cli.Output;

namespace Sitrep.Tests.Cli;

/// <summary>
/// The tables' layout. Each expected string is what Spectre.Console's simple table, which the writer replaced,
/// printed for the same rows and width.
/// </summary>
public sealed class TableWriterTests
{
    [Fact]
    public void ATableThatFitsIsABlankLineTheHeaderARuleTheRowsABlankLineAndTheCount()
    {
        var table = Write(240, ["doc", "dead"], ["d1", "3"], ["document-2", null]);

        Assert.Equal(
            "                     \n" +
            "  doc          dead  \n" +
            "─────────────────────\n" +
            "  d1           3     \n" +
            "  document-2         \n" +
            "                     \n" +
            "2 rows\n", table);
    }

    [Fact]
    public void AnEmptyTableHasNoRule()
    {
        Assert.Equal("       \n  doc  \n       \n0 rows\n", Write(240, ["doc"]));
    }

    [Fact]
    public void AnAccentedLetterTakesOneColumnPrecomposedOrNot()
    {
        var table = Write(240, ["label", "n"], ["régime", "1"], ["re\u0301gime", "2"], ["regime", "3"]);

        Assert.Equal(["  régime   1  ", "  re\u0301gime   2  ", "  regime   3  "], table.Split('\n')[3..6]);
    }

    [Fact]
    public void ATableWiderThanTheWidthWrapsAtSpacesAndCutsAWordLongerThanItsColumn()
    {
        var table = Write(24, ["doc", "quote"], ["d1", "Des frappes sur Alep"], ["d2", "Abracadabrantesque"]);

        Assert.Equal(
            "                        \n" +
            "  doc   quote           \n" +
            "────────────────────────\n" +
            "  d1    Des frappes     \n" +
            "        sur Alep        \n" +
            "  d2    Abracadabrante  \n" +
            "        sque            \n" +
            "                        \n" +
            "2 rows\n", table);
    }

    [Fact]
    public void ALineBreakInACellStartsANewLineInItsColumn()
    {
        var table = Write(240, ["a", "b"], ["un\ndeux", "x"]);

        Assert.Equal(["  un     x  ", "  deux      "], table.Split('\n')[3..5]);
    }

    [Fact]
    public void ATabOrAnEscapeInACellPrintsAsOneSpaceSoTheColumnsStayAligned()
    {
        var table = Write(240, ["quote", "n"], ["a\tb", "1"], ["c\u001b[31md", "2"]);

        Assert.Equal(["  a b       1  ", "  c [31md   2  "], table.Split('\n')[3..5]);
        Assert.DoesNotContain('\t', table);
        Assert.DoesNotContain('\u001b', table);
    }

    [Fact]
    public void TheWidestColumnIsNarrowedFirstThenTheWidestTogether()
    {
        Assert.Equal(["  un deux trois     cinq six  ", "  quatre                      "],
            Write(30, ["a", "b"], ["un deux trois quatre", "cinq six"]).Split('\n')[3..5]);
        Assert.Equal(["  un deux      cinq six   ", "  trois        sept       ", "  quatre                  "],
            Write(26, ["a", "b"], ["un deux trois quatre", "cinq six sept"]).Split('\n')[3..6]);
    }

    [Fact]
    public void TheRowsAreReadOnceSoAQueryOverTheStoreRunsOnce()
    {
        var reads = 0;
        IEnumerable<IReadOnlyList<string?>> Rows()
        {
            reads++;
            yield return ["d1", "3"];
        }

        TableWriter.Write(new StringWriter(), ["doc", "dead"], Rows(), 240);

        Assert.Equal(1, reads);
    }

    [Fact]
    public void ManyRowsComeBackInTheirOrderWithTheirCells()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => new[] { $"ville-é{i}", i % 3 == 0 ? null : new string('x', i % 50) }).ToArray();

        var lines = Write(240, ["place", "note"], rows).Split('\n')[3..^3];

        Assert.Equal(rows.Select(r => $"  {r[0],-11}   {r[1],-49}  "), lines);
    }

    private static string Write(int width, string[] headers, params string?[][] rows)
    {
        var writer = new StringWriter { NewLine = "\n" };
        TableWriter.Write(writer, headers, rows, width);
        return writer.ToString();
    }
}
