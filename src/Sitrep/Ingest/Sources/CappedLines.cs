namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads lines as <see cref="TextReader.ReadLine"/> does (ending at <c>\n</c>, <c>\r</c> or <c>\r\n</c>), but never
/// holds more than <c>maxChars</c> of one: a longer line is skipped to its end and reported as over the limit, so that
/// one gigabyte-long line in a document list costs no more memory than the limit.
/// </summary>
/// <remarks>
/// A line is given as characters of a buffer reused for the next one, not as a string: a document list's lines are
/// parsed once and dropped, and copying each into a string of its own was a tenth of reading the list.
/// </remarks>
internal sealed class CappedLines(TextReader reader, long maxChars)
{
    // A buffer grown for one long line is dropped afterwards rather than held for the rest of the file.
    private const int KeptLineCapacity = 1 << 20;
    private const int InitialLineCapacity = 1 << 12;

    private readonly char[] _buffer = new char[8192];
    private char[] _line = new char[InitialLineCapacity];
    private int _lineLength;
    private int _at;
    private int _length;

    /// <summary>
    /// False at the end of the input; else true, with the line's characters (valid until the next call), or
    /// <paramref name="overLimit"/> set and no characters for a line over the limit.
    /// </summary>
    public bool TryRead(out ReadOnlyMemory<char> line, out bool overLimit)
    {
        if (_line.Length > KeptLineCapacity) _line = new char[InitialLineCapacity];
        _lineLength = 0;
        overLimit = false;
        var any = false;
        while (Fill())
        {
            any = true;
            var pending = _buffer.AsSpan(_at, _length - _at);
            var end = pending.IndexOfAny('\n', '\r');
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
        line = overLimit ? ReadOnlyMemory<char>.Empty : _line.AsMemory(0, _lineLength);
        return any;
    }

    /// <summary>Adds characters to the line; false, with the line emptied, when they would take it over the limit.</summary>
    private bool TryAppend(ReadOnlySpan<char> chars)
    {
        var needed = (long)_lineLength + chars.Length;
        if (needed > maxChars)
        {
            _lineLength = 0;
            return false;
        }
        if (needed > _line.Length)
        {
            var grown = Math.Min(Math.Max(needed, 2L * _line.Length), Math.Min(maxChars, Array.MaxLength));
            Array.Resize(ref _line, (int)grown);
        }
        chars.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += chars.Length;
        return true;
    }

    private bool Fill()
    {
        if (_at < _length) return true;
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _at = 0;
        return _length > 0;
    }
}
