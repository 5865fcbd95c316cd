using System.Security.Cryptography;

namespace Sitrep.Resources;

/// <summary>
/// A short hash of every resource file a language uses, stored with each coded row so that a dictionary
/// change can be detected and the stored documents re-coded.
/// </summary>
public static class ResourceVersion
{
    public static string Of(string language)
    {
        using var sha = SHA256.Create();
        foreach (var dir in new[] { ResourcePaths.Language(language), ResourcePaths.Shared, ResourcePaths.Places })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(ResourcePaths.Root, file).Replace('\\', '/'));
                sha.TransformBlock(name, 0, name.Length, null, 0);
                var bytes = File.ReadAllBytes(file);
                sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            }
        }
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(sha.Hash!)[..12].ToLowerInvariant();
    }
}
