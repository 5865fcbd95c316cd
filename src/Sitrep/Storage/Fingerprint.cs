using System.Security.Cryptography;
using System.Text.Json;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// Hashes that tell whether a document or its coding changed since it was stored, so that a re-run
/// on the same input writes nothing.
/// </summary>
internal static class Fingerprint
{
    public static string Of(Document document) => Hash(document);

    public static string OfOutput(CodedDocument coded) =>
        Hash(new { coded.Events, coded.Claims, coded.Labels, coded.Mentions });

    private static string Hash<T>(T value) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value)));
}
