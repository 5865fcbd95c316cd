using System.Text;
using Sitrep.Ingest;

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

/// <summary>The reader under test, loaded once, and shortcuts to run it.</summary>
public static class Ingestion
{
    public static DocumentReader Reader { get; } = DocumentReader.Load();

    public static List<IngestResult> ReadAll(IngestOptions? options = null, params string[] paths) =>
        Reader.ReadAll(paths, options ?? new IngestOptions()).ToList();

    /// <summary>Reads one input that must give exactly one document.</summary>
    public static Sitrep.Model.Document ReadOne(string path, IngestOptions? options = null)
    {
        var result = Assert.Single(ReadAll(options, path));
        return Assert.IsType<IngestResult.Read>(result).Document;
    }

    /// <summary>Reads one input that must fail, and gives the reason.</summary>
    public static string FailureOf(string path)
    {
        var result = Assert.Single(ReadAll(null, path));
        return Assert.IsType<IngestResult.Failed>(result).Reason;
    }
}
