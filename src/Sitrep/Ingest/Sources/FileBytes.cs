using System.Globalization;

namespace Sitrep.Ingest.Sources;

/// <summary>Reads a whole input file, refusing one over the size limit before loading it.</summary>
internal static class FileBytes
{
    public static byte[] Read(string path, IngestLimits limits)
    {
        var length = new FileInfo(path).Length;
        if (length > limits.MaxFileBytes)
            throw new UnreadableInputException($"file is {Size(length)}, over the {Size(limits.MaxFileBytes)} limit");
        return File.ReadAllBytes(path);
    }

    private static string Size(long bytes) =>
        bytes < 1024 * 1024 ? $"{bytes} bytes" : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
