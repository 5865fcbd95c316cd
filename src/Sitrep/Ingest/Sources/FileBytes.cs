using System.Globalization;

namespace Sitrep.Ingest.Sources;

/// <summary>Reads a whole input file, refusing one over the size limit before loading it.</summary>
internal static class FileBytes
{
    public static byte[] Read(string path, IngestLimits limits) => Read(path, limits.MaxFileBytes, "file");

    /// <param name="what">What the file is, to name it in the reason it is refused.</param>
    public static byte[] Read(string path, long maxBytes, string what)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
            throw new UnreadableInputException($"{what} is {Size(length)}, over the {Size(maxBytes)} limit");
        return File.ReadAllBytes(path);
    }

    private static string Size(long bytes) =>
        bytes < 1024 * 1024 ? $"{bytes} bytes" : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
