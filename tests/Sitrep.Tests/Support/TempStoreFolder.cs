namespace Sitrep.Tests.Support;

/// <summary>A fresh temporary folder for real SQLite files, deleted with everything in it at dispose.</summary>
public sealed class TempStoreFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sitrep-store-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
