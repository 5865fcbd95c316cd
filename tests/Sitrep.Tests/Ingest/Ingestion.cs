using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Tests.Ingest;

/// <summary>The reader under test, loaded once, and shortcuts to run it.</summary>
public static class Ingestion
{
    public static DocumentReader Reader { get; } = DocumentReader.Load();

    public static List<IngestResult> ReadAll(IngestOptions? options = null, params string[] paths) =>
        Reader.ReadAll(paths, options ?? new IngestOptions()).ToList();

    /// <summary>Reads one input that must give exactly one document.</summary>
    public static Document ReadOne(string path, IngestOptions? options = null)
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
