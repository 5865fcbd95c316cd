using Sitrep.Model;

namespace Sitrep.Ingest;

/// <summary>What reading one input item gave: a document, or a one-line reason why not.</summary>
public abstract record IngestResult(string Origin)
{
    public sealed record Read(Document Document) : IngestResult(Document.Origin);

    public sealed record Failed(string Origin, string Reason) : IngestResult(Origin);
}
