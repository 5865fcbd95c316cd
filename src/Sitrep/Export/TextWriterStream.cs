using System.Buffers;
using System.Text;

namespace Sitrep.Export;

/// <summary>
/// A write-only stream that decodes the UTF-8 it is given onto a text writer, so that a serializer writing to a stream
/// (the CLI's JSON, the GeoJSON export) reaches the output a chunk at a time instead of as one string of the whole.
/// </summary>
public sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <remarks>A character split between two writes is held by the decoder until its last byte comes.</remarks>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var chars = ArrayPool<char>.Shared.Rent(_decoder.GetCharCount(buffer, flush: false));
        var count = _decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, count);
        ArrayPool<char>.Shared.Return(chars);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
