using Sitrep.Ledger.Framing;
using Sitrep.Model;

namespace Sitrep.Tests.Ledger;

public sealed class FramingTests
{
    private const string Opposition = "Syrian opposition armed groups";

    private static readonly FramingLexicon Lexicon = FramingLexicon.Load("fr");

    [Fact]
    public void EachOutletGetsItsWordsPerActorAndItsLoadedShare()
    {
        Label[] labels =
        [
            Label("a", Opposition, "terroriste"), Label("b", Opposition, "terroriste"), Label("b", Opposition, "rebelle"),
            Label("b", Opposition, "milicien"), Label("c", Opposition, "rebelle"), Label("c", "Military Forces of Syria", "régime"),
        ];
        var outlets = new Dictionary<string, string?> { ["a"] = "Radio Levant", ["b"] = "Radio Levant", ["c"] = "Le Quotidien" };

        var rows = FramingTable.Build(labels, outlets, Lexicon);

        var levant = rows.Single(r => r.Outlet == "Radio Levant");
        Assert.Equal([new WordCount("terroriste", 2), new WordCount("milicien", 1), new WordCount("rebelle", 1)], levant.Words);
        Assert.Equal((2, 1), (levant.Loaded, levant.Neutral));
        Assert.Equal(2.0 / 3, levant.LoadedShare!.Value, 6);
        Assert.Equal(0.0, rows.Single(r => r.Outlet == "Le Quotidien" && r.Actor == Opposition).LoadedShare);
        Assert.Null(rows.Single(r => r.Actor == "Military Forces of Syria").LoadedShare);
    }

    [Fact]
    public void ADocumentWithoutOutletIsItsOwnRow()
    {
        var rows = FramingTable.Build([Label("doc1", Opposition, "djihadiste"), Label("doc2", Opposition, "insurgé")],
            new Dictionary<string, string?> { ["doc1"] = null }, Lexicon);

        Assert.Equal(["doc1", "doc2"], rows.Select(r => r.Outlet));
        Assert.Equal([1.0, 0.0], rows.Select(r => r.LoadedShare!.Value));
    }

    [Fact]
    public void TheLexiconReadsTypographicApostrophesAsPlainOnes()
    {
        Assert.Equal(Frame.Neutral, Lexicon.FrameOf(Opposition, "combattant de l’opposition"));
        Assert.Null(Lexicon.FrameOf("Hezbollah", "terroriste"));
    }

    private static Label Label(string doc, string actor, string word) => new(doc, actor, word, new TextSpan(0, 1), "test");
}
