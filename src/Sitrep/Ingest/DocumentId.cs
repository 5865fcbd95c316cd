using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// The id of a document that came without one: the first 16 hex digits of the SHA-256 of its
/// outlet and stored text, so the same article from the same outlet gets the same id on every run.
/// </summary>
public static class DocumentId
{
    public static string FromContent(string? outlet, string text)
    {
        // The UTF-8 of "{outlet}\n{text}", encoded piece by piece into one pooled buffer: the line break between them
        // leaves no surrogate pair to split, so the bytes are those of the joined string, without making it.
        var length = Encoding.UTF8.GetByteCount(outlet ?? "") + 1 + Encoding.UTF8.GetByteCount(text);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var at = Encoding.UTF8.GetBytes(outlet ?? "", bytes);
            bytes[at++] = (byte)'\n';
            at += Encoding.UTF8.GetBytes(text, bytes.AsSpan(at));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, at), hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
