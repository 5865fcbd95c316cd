using System.Reflection;
using System.Text.RegularExpressions;
using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Hostile;

/// <summary>Time limits: per document in `sitrep run`, per regular expression, and on what reaches the slow recognizer models.</summary>
public sealed class ResourceLimitTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ADocumentOverTheTimeLimitFailsWithTheLimitAndTheBatchGoesOn()
    {
        // Four megabytes of news text take seconds to code on any machine (bench/HOSTILE.md: about 1 s/MB), far over
        // the limit, while the one-line document takes milliseconds: the outcome does not hang on the machine's speed.
        var report = "Des rebelles ont attaqué mardi les positions de l'armée à Alep, tuant 5 soldats, selon l'OSDH. ";
        _folder.Write("batch/a-lent.txt", string.Concat(Enumerable.Repeat(report, 4_000_000 / report.Length)));
        _folder.Write("batch/b-court.txt", "Des combats ont eu lieu à Alep.");
        var store = _folder.File("sitrep.db");

        var run = CliRun.Of("run", _folder.File("batch"), "--store", store, "--time-limit", "0.5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a-lent.txt: coding took longer than the 0.5 s limit", run.Error);
        Assert.Contains("1 added", run.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void ATimeLimitThatIsNotPositiveIsAUsageError(string limit)
    {
        var run = CliRun.Of("run", _folder.Write("a.txt", "Alep."), "--store", _folder.File("s.db"), "--time-limit", limit);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--time-limit", run.Error);
    }

    [Fact]
    public void EveryRegularExpressionInSitrepHasATimeout()
    {
        var generated = typeof(Pipeline).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<GeneratedRegexAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToList();

        Assert.NotEmpty(generated);
        Assert.All(generated, x => Assert.True(
            x.Attribute!.MatchTimeoutMilliseconds > 0 || x.Attribute.Options.HasFlag(RegexOptions.NonBacktracking),
            $"{x.Method.DeclaringType!.Name}.{x.Method.Name} has no timeout"));
    }

    [Fact]
    public void ALongWindowReachesTheModelInShortPiecesCutAtSpaces()
    {
        var window = string.Concat(Enumerable.Repeat("le 3 mars ", 100));

        var pieces = ModelWindows.Pieces(window).ToList();

        Assert.All(pieces, p => Assert.InRange(p.Text.Length, 1, ModelWindows.MaxChars));
        Assert.All(pieces, p => Assert.Equal(window.Substring(p.Offset, p.Text.Length), p.Text));
        Assert.Equal(window, string.Concat(pieces.Select(p => p.Text)));
        Assert.All(pieces.Skip(1), p => Assert.Equal(' ', window[p.Offset]));
    }

    [Fact]
    public void AWindowWithoutSpacesIsCutBetweenSurrogatePairs()
    {
        var window = "a" + string.Concat(Enumerable.Repeat("\uD83D\uDE00", 200));

        var pieces = ModelWindows.Pieces(window, 10).ToList();

        Assert.Equal(window, string.Concat(pieces.Select(p => p.Text)));
        Assert.All(pieces, p => Assert.False(char.IsLowSurrogate(p.Text[0])));
    }

    [Fact]
    public void AShortWindowIsOnePiece() =>
        Assert.Equal([(0, "le 3 mars 2016")], ModelWindows.Pieces("le 3 mars 2016"));

    // How long such inputs take is measured by bench/hostile.sh (bench/HOSTILE.md), never here.
    [Theory]
    [InlineData("le 3 mars ")]
    [InlineData("7")]
    [InlineData("janvier ")]
    public void ADenseRunOfDatesOrNumbersIsCodedWithEverySpanInsideTheText(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 20_000 / piece.Length));

        var coded = TestPipeline.French.Run(TestPipeline.Doc(text));

        CodedSpans.AssertInside(coded);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Alep, ")]
    [InlineData("\u0301")]
    [InlineData("\uD800")]
    [InlineData("des rebelles ont attaqué l'armée à Alep et ")]
    public void AMegabyteLineIsReadSegmentedAndCodedWithEverySpanInsideTheText(string piece)
    {
        var path = _folder.Write("ligne.txt", string.Concat(Enumerable.Repeat(piece, 1_000_000 / piece.Length)));

        var document = Ingest.Ingestion.ReadOne(path);
        var text = Sitrep.Text.RuleSegmenter.Load("fr").Segment(document);

        var length = document.Text.Length;
        Assert.NotEmpty(text.Tokens);
        Assert.All(text.Tokens, t => Assert.True(t.Start >= 0 && t.Length > 0 && t.End <= length, $"token {t} outside {length}"));
        Assert.All(text.Sentences, s => Assert.True(s.Start >= 0 && s.End <= length, $"sentence {s} outside {length}"));
        CodedSpans.AssertInside(TestPipeline.French.Run(document));
    }
}
