using System.Text.Json;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public class CliTests
{
    private static readonly string SeedCorpus = Path.Combine(SharedPaths.Root, "corpus", "seeds.docs.jsonl");
    private static readonly string SeedGold = Path.Combine(SharedPaths.Root, "gold", "seeds.jsonl");

    /// <summary>The floor for event F1 on the seed dev set; raised as coding quality grows.</summary>
    private const double SeedEventF1Floor = 0.72;

    [Fact]
    public void TheSeedCorpusCodesAboveTheQualityFloor()
    {
        using var dir = new TempStoreFolder();
        var store = dir.File("seeds.db");
        var run = CliRun.Of("run", SeedCorpus, "--store", store);
        Assert.True(run.ExitCode == 0, run.Error);
        var eval = CliRun.Of("eval", "--gold", SeedGold, "--store", store, "--json");
        Assert.Equal(0, eval.ExitCode);
        using var json = JsonDocument.Parse(eval.Out);
        var f1 = json.RootElement.GetProperty("events").GetProperty("f1").GetDouble();
        Assert.True(f1 >= SeedEventF1Floor, $"event F1 {f1} is below {SeedEventF1Floor}:\n{eval.Out}");
    }

    [Fact]
    public void RunningTheSameInputTwiceChangesNothing()
    {
        using var dir = new TempStoreFolder();
        var store = dir.File("twice.db");
        Assert.Equal(0, CliRun.Of("run", SeedCorpus, "--store", store).ExitCode);
        var first = CliRun.Of("export", "--format", "jsonl", "--store", store).Out;
        var again = CliRun.Of("run", SeedCorpus, "--store", store);
        Assert.Contains("0 added, 0 re-coded, 5 unchanged", again.Error);
        Assert.Equal(first, CliRun.Of("export", "--format", "jsonl", "--store", store).Out);
    }

    [Fact]
    public void ARunDoesNotCodeAgainWhatTheStoreHoldsAsItWouldCodeIt()
    {
        using var dir = new TempStoreFolder();
        var store = dir.File("skip.db");
        var article = dir.Write("in/one.txt", "Lundi, l'armée syrienne a repris le quartier de Hanano à Alep après des combats.");
        Assert.Contains("1 added", CliRun.Of("run", article, "--store", store).Error);

        // No document can be coded within a microsecond: a document that was coded again would fail.
        Assert.Contains("0 added, 0 re-coded, 1 unchanged, 0 failed", CliRun.Of("run", article, "--store", store, "--time-limit", "0.000001").Error);
        File.AppendAllText(article, " Des civils ont fui.");
        Assert.Contains("0 added, 0 re-coded, 0 unchanged, 1 failed", CliRun.Of("run", article, "--store", store, "--time-limit", "0.000001").Error);
    }

    [Fact]
    public void ADocumentStoredByAnotherCoderIsCodedAgain()
    {
        using var dir = new TempStoreFolder();
        var store = dir.File("other-coder.db");
        var article = dir.Write("in/one.txt", "Lundi, l'armée syrienne a repris le quartier de Hanano à Alep après des combats.");
        Assert.Equal(0, CliRun.Of("run", article, "--store", store).ExitCode);
        RawSqliteFile.Scalar(store, "UPDATE documents SET resource_version = 'resources.of-another-build'");

        Assert.Contains("0 added, 1 re-coded, 0 unchanged", CliRun.Of("run", article, "--store", store).Error);
        Assert.Equal(Pipeline.Build("fr").CoderVersion, RawSqliteFile.Scalar(store, "SELECT resource_version FROM documents"));
    }

    [Fact]
    public void BadDocumentsAreListedByNameAndTheRestIsStored()
    {
        using var dir = new TempStoreFolder();
        dir.Write("in/good.txt", "Lundi, l'armée syrienne a repris le quartier de Hanano à Alep après des combats.");
        dir.Write("in/empty.txt", "");
        File.WriteAllBytes(dir.File("in/image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var store = dir.File("bad.db");
        var run = CliRun.Of("run", dir.File("in"), "--store", store, "--published", "2016-12-06");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt", run.Error);
        Assert.Contains("image.txt", run.Error);
        Assert.Contains("1 added", run.Error);
        Assert.Contains("Hanano", CliRun.Of("events", "--store", store).Out);
    }

    [Fact]
    public void TheCsvExportStartsWithAcledColumns()
    {
        using var dir = new TempStoreFolder();
        var store = dir.File("csv.db");
        CliRun.Of("run", SeedCorpus, "--store", store);
        var csv = CliRun.Of("export", "--format", "csv", "--store", store).Out;
        Assert.StartsWith("event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,admin1,country,"
            + "latitude,longitude,geo_precision,fatalities,injured,sources,notes,doc_id", csv);
    }

    [Fact]
    public void ExplainShowsSpansAndTheEntriesThatFired()
    {
        using var dir = new TempStoreFolder();
        var input = dir.Write("one.jsonl", """{"id":"x1","outlet":null,"published":"2016-12-06","language":"fr","title":null,"text":"Lundi, les rebelles ont bombardé le quartier de Salhine, selon l'OSDH."}""");
        var store = dir.File("explain.db");
        CliRun.Of("run", input, "--store", store);
        var explain = CliRun.Of("explain", "x1", "--store", store);
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("Trigger  \"bombardé\"", explain.Out);
        Assert.Contains("fr/triggers.tsv:", explain.Out);
        Assert.Contains("EVENT Shelling/artillery/missile attack", explain.Out);
        Assert.Contains("sources: SOHR", explain.Out);
    }

    [Fact]
    public void ControlCharactersOfAnArticleReachNoTerminalButStayInTheStore()
    {
        using var dir = new TempStoreFolder();
        var input = dir.Write("ctl.jsonl", """{"id":"c1","outlet":null,"published":"2016-12-06","language":"fr","title":null,"text":"Lundi, les rebelles ont\tbombardé le quartier de Salhine\u001b[2J, tuant 4 civils, selon l'OSDH."}""");
        var store = dir.File("ctl.db");
        CliRun.Of("run", input, "--store", store);

        foreach (var command in new[] { "claims", "explain" })
        {
            var output = (command == "explain" ? CliRun.Of("explain", "c1", "--store", store) : CliRun.Of(command, "--store", store)).Out;
            Assert.Contains("ont bombardé le quartier de Salhine [2J, tuant", output);
            Assert.DoesNotContain('\t', output);
            Assert.DoesNotContain('\u001b', output);
        }
        Assert.Contains("ont\\tbombardé le quartier de Salhine\\u001B[2J", CliRun.Of("export", "--format", "jsonl", "--store", store).Out);
    }

    [Fact]
    public void AnInputsNameIsListedWithoutItsControlCharacters()
    {
        using var dir = new TempStoreFolder();
        var input = dir.Write("a\u001b[31mb.txt", "");

        var run = CliRun.Of("run", input, "--store", dir.File("names.db"));

        Assert.Contains("a [31mb.txt: empty file", run.Error);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Theory]
    [InlineData("run", "/no/such/file.jsonl")]
    [InlineData("events", "--store", "/no/such/store.db")]
    [InlineData("eval", "--gold", "/no/such/gold.jsonl")]
    [InlineData("run", "x.txt", "--published", "mardi")]
    [InlineData("export", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("serve", "--port", "x")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("worker", "--batch", "0")]
    [InlineData("worker", "--lease", "Infinity")]
    [InlineData("ledger", "--min-sources", "0")]
    [InlineData("run", "x.txt", "--time-limit", "abc")]
    public void UsageErrorsExitWithTwoAndOneLine(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("sitrep: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void ANumberOutOfRangeIsNamedWithItsRule()
    {
        var run = CliRun.Of("serve", "--port", "x");
        Assert.Contains("--port must be a whole number from 0 to 65535, not 'x'.", run.Error);
    }

    [Fact]
    public void HelpListsEveryCommand()
    {
        var help = CliRun.Of("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "run", "events", "claims", "labels", "export", "eval", "explain", "ledger", "framing" })
            Assert.Contains($"  {command} ", help.Out);
    }
}
