using System.Buffers.Binary;
using System.Text;
using Sitrep.Model;

namespace Sitrep.Ledger;

/// <summary>
/// The events' quotes in a temporary file while the ledger is built, each read back when its cluster is printed: held
/// as strings they were ~38 MB of the 50 MB store's live memory, and they grow with the store. The file's pages are
/// the system's cache, not the process's memory; it is deleted when the spool is disposed.
/// </summary>
public sealed class QuoteSpool : IDisposable
{
    private const int LengthBytes = sizeof(int);

    /// <summary>What one read asks for first: nearly every quote fits, so one read finds its length and its text.</summary>
    private const int FirstRead = 1024;

    private readonly FileStream _file = TemporaryFile.Open("quotes");

    private byte[] _buffer = new byte[FirstRead];
    private long _length;
    private bool _flushed;

    /// <summary>The event with its quote spooled and left out: what the ledger holds of it.</summary>
    public StoredEvent Hold(StoredEvent e) =>
        e.SpooledQuote >= 0 ? e : e with { Event = e.Event with { Quote = "" }, SpooledQuote = Add(e.Event.Quote) };

    /// <summary>The event with its quote back.</summary>
    public Event Restore(StoredEvent e) => e.SpooledQuote < 0 ? e.Event : e.Event with { Quote = Read(e.SpooledQuote) };

    private long Add(string quote)
    {
        var at = _length;
        var bytes = Encoding.UTF8.GetByteCount(quote);
        Room(LengthBytes + bytes);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer, bytes);
        Encoding.UTF8.GetBytes(quote, _buffer.AsSpan(LengthBytes));
        _file.Write(_buffer, 0, LengthBytes + bytes);
        _length += LengthBytes + bytes;
        _flushed = false;
        return at;
    }

    private string Read(long at)
    {
        if (!_flushed)
        {
            _file.Flush();
            _flushed = true;
        }
        var read = RandomAccess.Read(_file.SafeFileHandle, _buffer, at);
        var bytes = BinaryPrimitives.ReadInt32LittleEndian(_buffer);
        if (LengthBytes + bytes > read)
        {
            Room(LengthBytes + bytes);
            RandomAccess.Read(_file.SafeFileHandle, _buffer.AsSpan(0, LengthBytes + bytes), at);
        }
        return Encoding.UTF8.GetString(_buffer, LengthBytes, bytes);
    }

    private void Room(int bytes)
    {
        if (_buffer.Length < bytes) _buffer = new byte[bytes];
    }

    public void Dispose() => _file.Dispose();
}
