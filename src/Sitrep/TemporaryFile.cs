namespace Sitrep;

/// <summary>
/// A scratch file for data too large to hold in memory, in the system's temporary folder, named for what it holds (so a
/// file left by a killed process says whose it is), and deleted when its stream is disposed.
/// </summary>
public static class TemporaryFile
{
    private const int BufferBytes = 1 << 16;

    /// <param name="purpose">A word for what it holds, in the file's name: <c>sitrep-PURPOSE-…</c>.</param>
    /// <param name="folder">Where to create it; the system's temporary folder (<c>TMPDIR</c>, else /tmp) by default.</param>
    /// <exception cref="IOException">
    /// The file cannot be created there. The message names the folder and how to choose another: the system's own
    /// message names only a random file name the user never chose.
    /// </exception>
    public static FileStream Open(string purpose, string? folder = null)
    {
        folder ??= Path.GetTempPath();
        try
        {
            return new FileStream(Path.Combine(folder, $"sitrep-{purpose}-{Path.GetRandomFileName()}"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferBytes, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"cannot create a temporary file in {folder} (set TMPDIR to a writable folder): {e.Message}", e);
        }
    }
}
