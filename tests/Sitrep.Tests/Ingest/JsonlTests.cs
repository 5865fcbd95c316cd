using System.Text;
using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Tests.Ingest;

public sealed class JsonlTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    [Fact]
    public void EachLineGivesADocumentWithItsMetadataAndLineOrigin()
    {
        var list = _inputs.Write("liste.jsonl",
            """
            {"id":"a1","outlet":"L'Écho du Sud","published":"2016-11-30","language":"fr","title":"Bombardements","text":"Des barils d'explosifs sont tombés sur Daraya."}
            {"id":"a2","outlet":null,"published":"2016-11","language":"fr","title":null,"text":"Le mois a été marqué par des combats."}
            {"id":"a3","published":"2016","text":"L'année s'achève sans accord."}
            {"id":"a4","published":null,"text":"Date inconnue."}
            """);

        var docs = Ingestion.ReadAll(null, list).Select(r => Assert.IsType<IngestResult.Read>(r).Document).ToList();

        Assert.Equal(["a1", "a2", "a3", "a4"], docs.Select(d => d.Id));
        Assert.Equal($"{list}:1", docs[0].Origin);
        Assert.Equal("L'Écho du Sud", docs[0].Outlet);
        Assert.Equal("Bombardements", docs[0].Title);
        Assert.Equal(new PartialDate(2016, 11, 30), docs[0].Published);
        Assert.Equal(new PartialDate(2016, 11, null), docs[1].Published);
        Assert.Equal(new PartialDate(2016, null, null), docs[2].Published);
        Assert.Null(docs[3].Published);
    }

    [Fact]
    public void ABrokenLineInTheMiddleFailsWithItsLineNumberAndTheOthersAreRead()
    {
        var list = _inputs.Write("casse.jsonl",
            """
            {"id":"b1","text":"Une première dépêche."}
            {"id":"b2","text":"Une ligne tronquée
            {"id":"b3","text":"Une troisième dépêche."}
            """);

        var results = Ingestion.ReadAll(null, list);

        Assert.Equal(3, results.Count);
        var failed = Assert.IsType<IngestResult.Failed>(results[1]);
        Assert.Equal($"{list}:2", failed.Origin);
        Assert.Equal("malformed JSON at byte 39 of the line: Expected end of string, but instead reached end of data.", failed.Reason);
        Assert.Equal("b3", Assert.IsType<IngestResult.Read>(results[2]).Document.Id);
    }

    [Fact]
    public void APathIsReadRelativeToTheListFile()
    {
        _inputs.Write("textes/c1.txt", "Un hélicoptère a été abattu près de Saraqeb.");
        var list = _inputs.Write("liste.jsonl", """{"id":"c1","path":"textes/c1.txt","published":"2016-08-01"}""");

        var doc = Ingestion.ReadOne(list);

        Assert.Equal("Un hélicoptère a été abattu près de Saraqeb.", doc.Text);
        Assert.Equal($"{list}:1", doc.Origin);
    }

    [Fact]
    public void AMissingPathFileFailsWithAReason()
    {
        var list = _inputs.Write("liste.jsonl", """{"id":"d1","path":"textes/absent.txt"}""");

        Assert.Equal("path textes/absent.txt: no such file", Ingestion.FailureOf(list));
    }

    [Theory]
    [InlineData("""{"id":"e1"}""", "neither \"text\" nor \"path\" given")]
    [InlineData("""{"id":"e2","published":"hier","text":"Texte."}""", "published \"hier\" is not YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("""["une","liste"]""", "expected a JSON object, found Array")]
    [InlineData("""{"id":"e3","title":["a"],"text":"Texte."}""", "field \"title\" must be a string, not Array")]
    public void ALineWithoutUsableContentFailsWithAReason(string line, string reason)
    {
        var list = _inputs.Write("liste.jsonl", line);

        Assert.Equal(reason, Ingestion.FailureOf(list));
    }

    [Fact]
    public void BlankLinesAreSkippedButCountInLineNumbers()
    {
        var list = _inputs.Write("trous.jsonl", "\n \t\u00a0\u3000\n{\"id\":\"f1\",\"text\":\"Texte.\"}\n");

        Assert.Equal($"{list}:3", Ingestion.ReadOne(list).Origin);
    }

    [Fact]
    public void ALoneSurrogateEscapedInATextIsReadAsUnreadable()
    {
        var list = _inputs.Write("liste.jsonl", """{"id":"g1","text":"Des combats \ud800 à Alep, \"dit-on\" \\ \u00e9."}""");

        var read = Assert.IsType<IngestResult.Read>(Assert.Single(Ingestion.ReadAll(null, list)));

        Assert.Equal("Des combats \uFFFD à Alep, \"dit-on\" \\ é.", read.Document.Text);
        Assert.Equal("1 unreadable character (U+FFFD) in the text", read.Notice);
    }

    [Fact]
    public void ALineOverTheSizeLimitFailsWithItsLineNumberAndTheOthersAreRead()
    {
        var reader = DocumentReader.Load(limits: new IngestLimits(MaxFileBytes: 100));
        var list = _inputs.Write("longue.jsonl",
            "{\"text\":\"Une dépêche courte.\"}\r\n{\"text\":\"" + new string('x', 200) + "\"}\r\n{\"text\":\"Une autre dépêche.\"}");

        var results = reader.ReadAll([list], new IngestOptions()).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal(new IngestResult.Failed($"{list}:2", "line is over the limit of 100 bytes"), results[1]);
        Assert.Equal("Une autre dépêche.", Assert.IsType<IngestResult.Read>(results[2]).Document.Text);
    }

    [Fact]
    public void AListOfOnlyBlankLinesFails() =>
        Assert.Equal("no documents: only blank lines", Ingestion.FailureOf(_inputs.Write("vide.jsonl", "\n  \n\n")));

    [Fact]
    public void LinesLongerThanTheReadBufferAndEveryKindOfLineEndAreReadWhole()
    {
        var longText = string.Concat(Enumerable.Repeat("Les combats ont repris près d'Alep. ", 700));
        var list = _inputs.Write("lignes.jsonl",
            "{\"id\":\"a\",\"text\":\"" + longText + "\"}\r{\"id\":\"b\",\"text\":\"Une dépêche.\"}\r\n\r\n"
            + "{\"id\":\"c\",\"text\":\"" + longText + "fin.\"}\n{\"id\":\"d\",\"text\":\"Dernière.\"}");

        var documents = Ingestion.ReadAll(null, list).Select(r => Assert.IsType<IngestResult.Read>(r).Document).ToList();

        Assert.Equal(["a", "b", "c", "d"], documents.Select(d => d.Id));
        Assert.Equal(longText.TrimEnd(), documents[0].Text);
        Assert.Equal(longText + "fin.", documents[2].Text);
        Assert.Equal($"{list}:4", documents[2].Origin);
    }

    [Fact]
    public void ALineJustUnderTheLimitIsReadAndOneJustOverFails()
    {
        var reader = DocumentReader.Load(limits: new IngestLimits(MaxFileBytes: 40));
        var fits = "{\"text\":\"" + new string('y', 29) + "\"}";
        var list = _inputs.Write("limite.jsonl", fits + "\n" + fits.Replace("\"}", "y\"}") + "\n" + fits.Replace('y', 'z'));

        var results = reader.ReadAll([list], new IngestOptions()).ToList();

        Assert.Equal(40, fits.Length);
        Assert.IsType<IngestResult.Read>(results[0]);
        Assert.Equal(new IngestResult.Failed($"{list}:2", "line is over the limit of 40 bytes"), results[1]);
        Assert.IsType<IngestResult.Read>(results[2]);
    }

    [Fact]
    public void ABadlyEncodedByteIsReadAsUnreadableAndTheNextLinesAreWhole()
    {
        var list = _inputs.WriteBytes("octets.jsonl",
        [
            .. "{\"id\":\"a\",\"text\":\"Des combats "u8, 0xE9, .. " Alep et \u00e0 Homs.\"}\n"u8,
            .. "{\"id\":\"b\",\"text\":\"Une dépêche sur "u8, 0xE2, 0x82, .. "\"}\r\n{\"id\":\"c\",\"text\":\"Une dépêche entière.\"}"u8,
        ]);

        var read = Ingestion.ReadAll(null, list).Select(r => Assert.IsType<IngestResult.Read>(r)).ToList();

        Assert.Equal(["Des combats \uFFFD Alep et à Homs.", "Une dépêche sur \uFFFD", "Une dépêche entière."], read.Select(r => r.Document.Text));
        Assert.Equal("1 unreadable character (U+FFFD) in the text", read[0].Notice);
        Assert.Null(read[2].Notice);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void AListWithAByteOrderMarkIsReadInTheEncodingItAnnounces(string encoding)
    {
        var list = _inputs.Write("marquee.jsonl",
            "{\"id\":\"é1\",\"text\":\"Frappes aériennes près d'Alep.\"}\r\n{\"id\":\"é2\",\"text\":\"Trêve à Homs.\"}\n",
            Encoding.GetEncoding(encoding));

        var documents = Ingestion.ReadAll(null, list).Select(r => Assert.IsType<IngestResult.Read>(r).Document).ToList();

        Assert.Equal(["é1", "é2"], documents.Select(d => d.Id));
        Assert.Equal(["Frappes aériennes près d'Alep.", "Trêve à Homs."], documents.Select(d => d.Text));
    }
}
