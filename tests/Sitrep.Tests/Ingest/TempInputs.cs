using System.Text;

namespace Sitrep.Tests.Ingest;

/// <summary>A temporary folder of input files for one test, deleted afterwards.</summary>
public sealed class TempInputs : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("sitrep-ingest-").FullName;

    /// <summary>Writes text as UTF-8 without a byte order mark (or in <paramref name="encoding"/>, with its mark if it has one).</summary>
    public string Write(string name, string text, Encoding? encoding = null)
    {
        var bytes = encoding is null ? Encoding.UTF8.GetBytes(text) : [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        return WriteBytes(name, bytes);
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
