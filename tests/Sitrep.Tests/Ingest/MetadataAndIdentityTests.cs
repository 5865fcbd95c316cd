using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Tests.Ingest;

public sealed class MetadataAndIdentityTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    [Fact]
    public void OptionsFillTheMetadataOfAPlainTextFile()
    {
        var options = new IngestOptions(new PartialDate(2016, 12, 13), "Le Guetteur", "fr");

        var doc = Ingestion.ReadOne(_inputs.Write("a.txt", "Des civils ont été évacués."), options);

        Assert.Equal(new PartialDate(2016, 12, 13), doc.Published);
        Assert.Equal("Le Guetteur", doc.Outlet);
    }

    [Fact]
    public void JsonlValuesWinOverOptionsAndOptionsFillTheirGaps()
    {
        var list = _inputs.Write("l.jsonl",
            """
            {"id":"m1","outlet":"La Vigie","published":"2016-10-02","text":"Une frappe a visé un convoi."}
            {"id":"m2","outlet":null,"published":null,"text":"Un second convoi est passé."}
            """);
        var options = new IngestOptions(new PartialDate(2020, 1, 1), "Par défaut");

        var docs = Ingestion.ReadAll(options, list).Select(r => Assert.IsType<IngestResult.Read>(r).Document).ToList();

        Assert.Equal(("La Vigie", new PartialDate(2016, 10, 2)), (docs[0].Outlet, docs[0].Published));
        Assert.Equal(("Par défaut", new PartialDate(2020, 1, 1)), (docs[1].Outlet, docs[1].Published));
    }

    [Fact]
    public void AnIdIsAStableHashOfOutletAndText()
    {
        var text = "Un pont a été détruit sur l'Euphrate.";
        var path = _inputs.Write("a.txt", text);

        var doc = Ingestion.ReadOne(path, new IngestOptions(Outlet: "La Vigie"));

        Assert.Equal(DocumentId.FromContent("La Vigie", text), doc.Id);
        Assert.Matches("^[0-9a-f]{16}$", doc.Id);
        Assert.Equal(doc.Id, Ingestion.ReadOne(path, new IngestOptions(Outlet: "La Vigie")).Id);
        Assert.NotEqual(doc.Id, Ingestion.ReadOne(path, new IngestOptions(Outlet: "Autre Journal")).Id);
    }

    [Fact]
    public void TheSameArticleTwiceInABatchIsReadOnceAndCountedAsDuplicate()
    {
        var first = _inputs.Write("a.txt", "Un pont a été détruit sur l'Euphrate.");
        var copy = _inputs.Write("copie/a.txt", "Un pont a été détruit sur l'Euphrate.\r\n");
        var list = _inputs.Write("l.jsonl",
            """
            {"id":"x1","text":"Un texte."}
            {"id":"x1","text":"Un autre texte, même identifiant."}
            """);
        var tally = new IngestTally();

        var results = Ingestion.Reader.ReadAll([first, copy, list], new IngestOptions(), tally).ToList();

        Assert.Equal([first, $"{list}:1"], results.Select(r => r.Origin));
        Assert.Equal(2, tally.Read);
        Assert.Equal(2, tally.Duplicates);
        Assert.Equal(0, tally.Failed);
    }

    [Fact]
    public void AListedArticleFoundAgainAsALooseFileIsADuplicateWhateverItsId()
    {
        var list = _inputs.Write("l.jsonl", """{"id":"v7","outlet":"La Vigie","text":"Trois ponts ont été coupés."}""");
        var loose = _inputs.Write("b.txt", "Trois ponts ont été coupés.");
        var tally = new IngestTally();

        var results = Ingestion.Reader.ReadAll([list, loose], new IngestOptions(Outlet: "La Vigie"), tally).ToList();

        Assert.Equal("v7", Assert.IsType<IngestResult.Read>(Assert.Single(results)).Document.Id);
        Assert.Equal(1, tally.Duplicates);
    }

    [Fact]
    public void AnOutletAndTextDoNotRunIntoAnotherPair()
    {
        var list = _inputs.Write("l.jsonl",
            """
            {"id":"p1","outlet":"Journal\nA","text":"Un convoi est passé."}
            {"id":"p2","outlet":"Journal","text":"A\nUn convoi est passé."}
            """);

        Assert.Equal(2, Ingestion.ReadAll(null, list).OfType<IngestResult.Read>().Count());
    }

    [Fact]
    public void TheSameTextFromTwoOutletsIsTwoDocuments()
    {
        var list = _inputs.Write("l.jsonl",
            """
            {"outlet":"Journal A","text":"Dépêche d'agence reprise telle quelle."}
            {"outlet":"Journal B","text":"Dépêche d'agence reprise telle quelle."}
            """);

        Assert.Equal(2, Ingestion.ReadAll(null, list).OfType<IngestResult.Read>().Count());
    }
}
