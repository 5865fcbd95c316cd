using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Sitrep.Ingest;

/// <summary>
/// Ids and contents already read in one batch. Both are checked: the same article listed
/// in a JSONL file and found again as a loose file has two ids but one content.
/// </summary>
/// <remarks>
/// A content is known by an XxHash128 of its outlet and text as they are in memory, not by <see cref="DocumentId"/>:
/// encoding every text into UTF-8 for a SHA-256 was ~6 % of reading, for documents that nearly all bring their own
/// id (bench/RESULTS.md, nineteenth round). The seed is drawn for each batch, so that texts made to collide
/// cannot be prepared against it.
/// </remarks>
internal sealed class SeenDocuments
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<UInt128> _contents = [];
    private readonly XxHash128 _hash = new(Random.Shared.NextInt64());

    /// <summary>Records a document; false when its id, or its outlet and text, were already seen.</summary>
    public bool Add(string id, string? outlet, string text)
    {
        var content = Content(outlet ?? "", text);
        if (_ids.Contains(id) || _contents.Contains(content)) return false;
        _ids.Add(id);
        _contents.Add(content);
        return true;
    }

    /// <summary>The outlet's length first, so that no outlet and text run into another pair's.</summary>
    private UInt128 Content(string outlet, string text)
    {
        _hash.Reset();
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, outlet.Length);
        _hash.Append(length);
        _hash.Append(MemoryMarshal.AsBytes(outlet.AsSpan()));
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return _hash.GetCurrentHashAsUInt128();
    }
}
