namespace Sitrep;

/// <summary>
/// A scratch file for data too large to hold in memory, in the system's temporary folder, named for what it holds (so a
/// file left by a killed process says whose it is), and deleted when its stream is disposed.
/// </summary>
public static class TemporaryFile
{
    private const int BufferBytes = 1 << 16;

    /// <param name="purpose">A word for what it holds, in the file's name: <c>sitrep-PURPOSE-…</c>.</param>
    public static FileStream Open(string purpose) =>
        new(Path.Combine(Path.GetTempPath(), $"sitrep-{purpose}-{Path.GetRandomFileName()}"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferBytes, FileOptions.DeleteOnClose);
}
