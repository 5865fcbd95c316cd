using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class BadInputTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    [Fact]
    public void AnEmptyFileFails() =>
        Assert.Equal("empty file", Ingestion.FailureOf(_inputs.Write("vide.txt", "")));

    [Fact]
    public void AFileOfOnlyBlankLinesFails() =>
        Assert.Equal("no text", Ingestion.FailureOf(_inputs.Write("blanc.txt", "\n  \n\t\n")));

    [Fact]
    public void AFileWithNulBytesFailsAsBinary() =>
        Assert.Contains("NUL", Ingestion.FailureOf(_inputs.WriteBytes("data.txt", [0x41, 0x42, 0x00, 0x43, 0x44])));

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "zip")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "PDF")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    public void AKnownBinaryFormatFailsNamingTheFormat(byte[] head, string format) =>
        Assert.Contains(format, Ingestion.FailureOf(_inputs.WriteBytes("piece-jointe.txt", [.. head, .. "suite"u8])));

    [Fact]
    public void TextFullOfControlCharactersFailsAsBinary()
    {
        var noise = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 + i % 20 : 0x61 + i % 26)).ToArray();

        Assert.StartsWith("binary file", Ingestion.FailureOf(_inputs.WriteBytes("bruit.txt", noise)));
    }

    [Fact]
    public void APathThatDoesNotExistFailsAndTheBatchGoesOn()
    {
        var good = _inputs.Write("bon.txt", "Un check-point a été attaqué près de Hassaké.");
        var missing = Path.Combine(_inputs.Root, "absent.txt");

        var results = Ingestion.ReadAll(null, missing, good);

        var failed = Assert.IsType<IngestResult.Failed>(results[0]);
        Assert.Equal(missing, failed.Origin);
        Assert.Equal("no such file or folder", failed.Reason);
        Assert.IsType<IngestResult.Read>(results[1]);
    }

    [Fact]
    public void TextOverTheSizeLimitFails()
    {
        var reader = DocumentReader.Load(limits: new IngestLimits(MaxTextChars: 20));
        var path = _inputs.Write("long.txt", "Une dépêche bien plus longue que vingt caractères.");

        var result = Assert.Single(reader.ReadAll([path], new IngestOptions()));

        Assert.Contains("over the 20 limit", Assert.IsType<IngestResult.Failed>(result).Reason);
    }

    [Fact]
    public void AFileOverTheByteLimitFailsBeforeItIsRead()
    {
        var reader = DocumentReader.Load(limits: new IngestLimits(MaxFileBytes: 10));
        var path = _inputs.Write("gros.txt", "Une dépêche de plus de dix octets.");

        var result = Assert.Single(reader.ReadAll([path], new IngestOptions()));

        Assert.Contains("over the 10 bytes limit", Assert.IsType<IngestResult.Failed>(result).Reason);
    }
}
