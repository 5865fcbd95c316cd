namespace Sitrep.Tests.Support;

/// <summary>A fresh temporary folder for real SQLite files and test inputs, deleted with everything in it at dispose.</summary>
public sealed class TempStoreFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sitrep-store-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a text file (UTF-8) in the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
