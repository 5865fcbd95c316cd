using Sitrep.Recognition.Numbers;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Numbers;

public sealed class SentenceFiguresTests
{
    private static readonly SentenceFigures Figures = new(NumberWords.Load("fr"), VagueNumbers.Load("fr"));

    [Fact]
    public void OneWalkFindsTheVagueFiguresAndTheRunsEachFromWhereItsLastEnded()
    {
        // "Une" starts a vague figure and a run; "des dizaines de milliers" is one figure, its "milliers" no run.
        var text = NumDateTestText.Make("Une centaine de morts, vingt et un blessés et des dizaines de milliers de déplacés en 2016.", null);
        var vague = new List<VagueNumber>();
        var runs = new List<(int First, int End)>();

        Figures.Find(text, text.Sentences[0], vague, runs);

        Assert.Equal(["une centaine", "des dizaines de milliers"], vague.Select(v => Words(text, v.First, v.End)));
        Assert.Equal([100d, 10000d], vague.Select(v => v.Value));
        Assert.Equal(["une", "vingt et un", "2016"], runs.Select(r => Words(text, r.First, r.End)));
    }

    [Fact]
    public void ListsGivenAgainAreEmptiedFirst()
    {
        var first = NumDateTestText.Make("Des centaines de blessés, deux morts.", null);
        var second = NumDateTestText.Make("Rien ici.", null);
        var vague = new List<VagueNumber>();
        var runs = new List<(int First, int End)>();

        Figures.Find(first, first.Sentences[0], vague, runs);
        Figures.Find(second, second.Sentences[0], vague, runs);

        Assert.Empty(vague);
        Assert.Empty(runs);
    }

    private static string Words(Sitrep.Text.AnalyzedText text, int first, int end) =>
        string.Join(' ', Enumerable.Range(first, end - first).Select(text.Norm));
}
