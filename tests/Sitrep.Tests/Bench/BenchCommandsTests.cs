using Sitrep.Bench;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Bench;

/// <summary>The benchmark's command line: bad arguments are one line and exit code 2, never a stack trace.</summary>
public sealed class BenchCommandsTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    [Theory]
    [InlineData("measure", "tokenize", "/no/such/corpus.jsonl")]
    [InlineData("measure", "shred", "/no/such/corpus.jsonl")]
    [InlineData("profile", "/no/such/corpus.jsonl")]
    [InlineData("check", "/no/such/corpus.jsonl")]
    [InlineData("run", "--size", "abc", "--corpus-dir", "/tmp")]
    [InlineData("run", "--size", "0", "--corpus-dir", "/tmp")]
    [InlineData("run", "--runs", "0", "--corpus-dir", "/tmp")]
    [InlineData("generate", "--size", "1")]
    [InlineData("hostile", "--budget", "x")]
    [InlineData("hostile", "--only", "no-such-input")]
    [InlineData("frobnicate")]
    [InlineData]
    public void UsageErrorsExitWithTwoAndNoStackTrace(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("Sitrep.Bench: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void ACountThatIsNoNumberIsNamedWithItsRule()
    {
        var corpus = Generated();
        Assert.Contains("--articles must be a whole number, 1 or more, not 'many'.", Run("profile", corpus, "--articles", "many").Error);
    }

    [Fact]
    public void ThePipelineRefusesAStoreThatExistsAndLeavesItAlone()
    {
        var store = _folder.Write("kept.db", "not to be overwritten");
        var (code, _, error) = Run("measure", "pipeline", Generated(), "--store", store);
        Assert.Equal(2, code);
        Assert.Contains("exists", error);
        Assert.Equal("not to be overwritten", File.ReadAllText(store));
    }

    [Fact]
    public void AGeneratedCorpusIsMeasuredArticleByArticle()
    {
        var corpus = Generated();
        var (code, output, _) = Run("measure", "tokenize", corpus);
        Assert.Equal(0, code);
        Assert.Contains($"\"articles\":{File.ReadLines(corpus).Count()},", output);
    }

    [Fact]
    public void ThePipelineIsSitrepRunAndCountsWhatItStored()
    {
        var (corpus, store) = (Generated(), _folder.File("measured.db"));
        var (code, output, _) = Run("measure", "pipeline", corpus, "--store", store);
        Assert.Equal(0, code);
        Assert.Contains($"\"articles\":{File.ReadLines(corpus).Count()},", output);
        Assert.Contains($"\"events\":{RawSqliteFile.Scalar(store, "SELECT count(*) FROM events")},", output);
        Assert.Contains("0 added", CliRun.Of("run", corpus, "--store", store).Error);
    }

    private string Generated()
    {
        var corpus = _folder.File("corpus.jsonl");
        if (!File.Exists(corpus)) Assert.Equal(0, Run("generate", "--size", "0.01", "--out", corpus).Code);
        return corpus;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = BenchCommands.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
