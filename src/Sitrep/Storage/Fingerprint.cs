using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// Hashes that tell whether a document or its coding changed since it was stored, so that a re-run on the same input
/// codes and writes nothing. They detect change and prove nothing: XxHash128, not a cryptographic hash, which cost a
/// quarter of a save over the ~40 KB an article's rows and document make (bench/RESULTS.md, fourteenth round).
/// </summary>
internal static class Fingerprint
{
    /// <summary>A thread's buffer is kept for its next document unless a huge one made it grow past this.</summary>
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The hash of every field of the document, each written as a stored value is (<see cref="OfRows"/>).</summary>
    public static string Of(Document document)
    {
        var buffer = EmptyBuffer();
        foreach (var field in (ReadOnlySpan<string?>)[document.Id, document.Outlet, document.Published?.ToString(), document.Language,
                     document.Title, document.Text, document.Origin])
            Write(buffer, field);
        return Hash(buffer);
    }

    /// <summary>
    /// The hash of rows exactly as they would be stored, each value written with its type and length: equal rows,
    /// equal hash. Hashing what is written, rather than the model serialized anew, costs a fraction of the writing.
    /// </summary>
    /// <exception cref="ArgumentException">A value is of a type no column holds.</exception>
    public static string OfRows(IEnumerable<(StoredTable Table, object?[] Values)> rows)
    {
        var buffer = EmptyBuffer();
        foreach (var (table, values) in rows)
        {
            Write(buffer, table.Name);
            foreach (var value in values) Write(buffer, value);
        }
        return Hash(buffer);
    }

    private static ArrayBufferWriter<byte> EmptyBuffer()
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static string Hash(ArrayBufferWriter<byte> buffer)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(buffer.WrittenSpan, hash);
        if (buffer.Capacity > KeptBufferBytes) _buffer = null;
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>A value's type tag, then its length if text, then its bytes, reserved and advanced over once.</summary>
    private static void Write(ArrayBufferWriter<byte> buffer, object? value)
    {
        switch (value)
        {
            case null:
                buffer.GetSpan(1)[0] = 0;
                buffer.Advance(1);
                break;
            case string s:
                WriteText(buffer, s);
                break;
            case ReadOnlyMemory<char> m:
                WriteText(buffer, m.Span);
                break;
            case int i:
                var integer = buffer.GetSpan(5);
                integer[0] = 2;
                BinaryPrimitives.WriteInt32LittleEndian(integer[1..], i);
                buffer.Advance(5);
                break;
            case double d:
                var real = buffer.GetSpan(9);
                real[0] = 3;
                BinaryPrimitives.WriteDoubleLittleEndian(real[1..], d);
                buffer.Advance(9);
                break;
            case bool b:
                var flag = buffer.GetSpan(2);
                flag[0] = 4;
                flag[1] = b ? (byte)1 : (byte)0;
                buffer.Advance(2);
                break;
            default:
                throw new ArgumentException($"No stored column holds a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Text, whether a string or characters in a buffer, hashes as the same tag, length and UTF-16 bytes.</summary>
    private static void WriteText(ArrayBufferWriter<byte> buffer, ReadOnlySpan<char> value)
    {
        var bytes = MemoryMarshal.AsBytes(value);
        var text = buffer.GetSpan(5 + bytes.Length);
        text[0] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(text[1..], bytes.Length);
        bytes.CopyTo(text[5..]);
        buffer.Advance(5 + bytes.Length);
    }
}
