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
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{outlet}\n{text}"));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
