using System.Text;
using System.Text.Unicode;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads lines of UTF-8 bytes as <see cref="TextReader.ReadLine"/> reads lines of text (ending at <c>\n</c>, <c>\r</c>
/// or <c>\r\n</c>), but never holds more than <c>maxBytes</c> of one: a longer line is skipped to its end and reported
/// as over the limit, so that one gigabyte-long line in a document list costs no more memory than the limit. A line
/// that is not valid UTF-8 is given with each bad sequence replaced by U+FFFD, as a decoding reader would give it.
/// </summary>
/// <remarks>
/// Bytes rather than characters: a document list is parsed as JSON, which reads UTF-8, so decoding each line into
/// characters only for the parser to encode them back was a fifth of reading the list. A line is given as bytes of a
/// buffer reused for the next one, not as a new array: a list's lines are parsed once and dropped.
/// </remarks>
internal sealed class Utf8Lines(Stream stream, long maxBytes)
{
    // A buffer grown for one long line is dropped afterwards rather than held for the rest of the file.
    private const int KeptLineCapacity = 1 << 20;
    private const int InitialLineCapacity = 1 << 12;

    private readonly byte[] _buffer = new byte[16_384];
    private byte[] _line = new byte[InitialLineCapacity];
    private int _lineLength;
    private int _at;
    private int _length;

    /// <summary>
    /// False at the end of the input; else true, with the line's bytes (valid until the next call), or
    /// <paramref name="overLimit"/> set and no bytes for a line over the limit.
    /// </summary>
    public bool TryRead(out ReadOnlyMemory<byte> line, out bool overLimit)
    {
        if (_line.Length > KeptLineCapacity) _line = new byte[InitialLineCapacity];
        _lineLength = 0;
        overLimit = false;
        var any = false;
        while (Fill())
        {
            any = true;
            var pending = _buffer.AsSpan(_at, _length - _at);
            var end = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (!overLimit) overLimit = !TryAppend(end < 0 ? pending : pending[..end]);
            if (end < 0)
            {
                _at = _length;
                continue;
            }
            var terminator = pending[end];
            _at += end + 1;
            if (terminator == '\r' && Fill() && _buffer[_at] == '\n') _at++;
            break;
        }
        line = overLimit ? ReadOnlyMemory<byte>.Empty : Valid(_line.AsMemory(0, _lineLength));
        return any;
    }

    /// <summary>Adds bytes to the line; false, with the line emptied, when they would take it over the limit.</summary>
    private bool TryAppend(ReadOnlySpan<byte> bytes)
    {
        var needed = (long)_lineLength + bytes.Length;
        if (needed > maxBytes)
        {
            _lineLength = 0;
            return false;
        }
        if (needed > _line.Length)
        {
            var grown = Math.Min(Math.Max(needed, 2L * _line.Length), Math.Min(maxBytes, Array.MaxLength));
            Array.Resize(ref _line, (int)grown);
        }
        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
        return true;
    }

    /// <summary>The line itself when it is valid UTF-8 (nearly always); else its bytes decoded with replacement and encoded again.</summary>
    private static ReadOnlyMemory<byte> Valid(ReadOnlyMemory<byte> line) =>
        Utf8.IsValid(line.Span) ? line : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line.Span));

    private bool Fill()
    {
        if (_at < _length) return true;
        _length = stream.Read(_buffer, 0, _buffer.Length);
        _at = 0;
        return _length > 0;
    }
}
