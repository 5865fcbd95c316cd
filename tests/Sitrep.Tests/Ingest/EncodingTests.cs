using System.Text;

namespace Sitrep.Tests.Ingest;

public sealed class EncodingTests : IDisposable
{
    private const string Sentence = "L’hôpital de campagne a été évacué à Alep-Est, où « la situation empire ».";

    private readonly TempInputs _inputs = new();

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _inputs.Dispose();

    [Fact]
    public void Utf8WithByteOrderMarkIsReadWithoutTheMark()
    {
        var path = _inputs.Write("bom.txt", Sentence, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(Sentence, Ingestion.ReadOne(path).Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithByteOrderMarkIsRead(bool bigEndian)
    {
        var path = _inputs.Write("utf16.txt", Sentence, new UnicodeEncoding(bigEndian, byteOrderMark: true));

        Assert.Equal(Sentence, Ingestion.ReadOne(path).Text);
    }

    [Fact]
    public void BytesThatAreNotUtf8AreReadAsWindows1252()
    {
        var windows1252 = "Le général a déclaré : « L’offensive est terminée ». Coût : 3 000 €.";
        var path = _inputs.WriteBytes("ansi.txt", Encoding.GetEncoding(1252).GetBytes(windows1252));

        Assert.Equal(windows1252, Ingestion.ReadOne(path).Text);
    }

    [Fact]
    public void DoubleEncodedUtf8IsRepaired()
    {
        var mojibake = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(Sentence));
        Assert.Contains("Ã©", mojibake);
        var path = _inputs.Write("mojibake.txt", mojibake);

        Assert.Equal(Sentence, Ingestion.ReadOne(path).Text);
    }

    [Fact]
    public void CorrectTextThatMerelyContainsAccentedCapitalsIsLeftAlone()
    {
        var text = "À Palmyre, Ça et là, Âgés ou non, les habitants fuient.";
        var path = _inputs.Write("capitales.txt", text);

        Assert.Equal(text, Ingestion.ReadOne(path).Text);
    }
}
