using System.Text;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads lines as <see cref="TextReader.ReadLine"/> does (ending at <c>\n</c>, <c>\r</c> or <c>\r\n</c>), but never
/// holds more than <c>maxChars</c> of one: a longer line is skipped to its end and given as null, so that one
/// gigabyte-long line in a document list costs no more memory than the limit.
/// </summary>
internal sealed class CappedLines(TextReader reader, long maxChars)
{
    private readonly StringBuilder _line = new();
    private readonly char[] _buffer = new char[8192];
    private int _at;
    private int _length;

    /// <summary>False at the end of the input; else true, with the line, or null for a line over the limit.</summary>
    public bool TryRead(out string? line)
    {
        _line.Clear();
        var over = false;
        var any = false;
        while (Fill())
        {
            any = true;
            var c = _buffer[_at++];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && Fill() && _buffer[_at] == '\n') _at++;
                line = over ? null : _line.ToString();
                return true;
            }
            if (over) continue;
            if (_line.Length >= maxChars)
            {
                over = true;
                _line.Clear();
            }
            else _line.Append(c);
        }
        line = over ? null : _line.ToString();
        return any;
    }

    private bool Fill()
    {
        if (_at < _length) return true;
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _at = 0;
        return _length > 0;
    }
}
