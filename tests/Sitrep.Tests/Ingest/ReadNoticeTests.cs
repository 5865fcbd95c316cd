using System.Text;
using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>A document whose text ingest had to guess at or change carries a one-line notice saying what; one read as it was carries none.</summary>
public sealed class ReadNoticeTests : IDisposable
{
    private const string Sentence = "Des frappes aériennes ont visé Idleb, selon l’OSDH.";

    private readonly TempInputs _inputs = new();

    static ReadNoticeTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _inputs.Dispose();

    private static IngestResult.Read ReadOne(string path) =>
        Assert.IsType<IngestResult.Read>(Assert.Single(Ingestion.ReadAll(null, path)));

    [Fact]
    public void Utf8TextHasNoNotice() =>
        Assert.Null(ReadOne(_inputs.Write("a.txt", Sentence)).Notice);

    [Fact]
    public void TextThatIsNotUtf8SaysItWasReadAsWindows1252() =>
        Assert.Equal("not UTF-8, read as Windows-1252", ReadOne(_inputs.WriteBytes("a.txt", Encoding.GetEncoding(1252).GetBytes(Sentence))).Notice);

    [Fact]
    public void AnHtmlPageThatIsNotUtf8SaysItWasReadAsWindows1252()
    {
        var page = $"<html><body><article><p>{Sentence}</p></article></body></html>";

        Assert.Equal("not UTF-8, read as Windows-1252", ReadOne(_inputs.WriteBytes("a.html", Encoding.GetEncoding(1252).GetBytes(page))).Notice);
    }

    [Fact]
    public void RepairedMojibakeSaysSo()
    {
        var read = ReadOne(_inputs.Write("a.txt", Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(Sentence))));

        Assert.Equal(Sentence, read.Document.Text);
        Assert.Equal("mojibake repaired (UTF-8 once read as Windows-1252)", read.Notice);
    }

    [Fact]
    public void LoneSurrogatesFromCharacterReferencesAreCountedAsUnreadable()
    {
        var read = ReadOne(_inputs.Write("a.html", "<html><body><p>Des combats à Deraa &#xD800; et à Homs &#xDC00;.</p></body></html>"));

        Assert.Contains('\uFFFD', read.Document.Text);
        Assert.Equal("2 unreadable characters (U+FFFD) in the text", read.Notice);
    }

    [Fact]
    public void AReversedByteOrderMarkInsideTheTextIsCountedAsUnreadable()
    {
        var read = ReadOne(_inputs.Write("a.txt", "Des combats à Deraa\uFFFE, selon l'OSDH."));

        Assert.Equal("Des combats à Deraa\uFFFD, selon l'OSDH.", read.Document.Text);
        Assert.Equal("1 unreadable character (U+FFFD) in the text", read.Notice);
    }

    [Fact]
    public void BytesOfNoEncodingInADocumentListAreCountedAsUnreadable()
    {
        var list = _inputs.WriteBytes("liste.jsonl", [.. "{\"text\":\"Des combats "u8, 0xE0, .. " Homs.\"}\n"u8]);

        Assert.Equal("1 unreadable character (U+FFFD) in the text", ReadOne(list).Notice);
    }
}
