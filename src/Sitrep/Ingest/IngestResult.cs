using Sitrep.Model;

namespace Sitrep.Ingest;

/// <summary>What reading one input item gave: a document, or a one-line reason why not.</summary>
public abstract record IngestResult(string Origin)
{
    /// <param name="Notice">
    /// What ingest guessed or changed in reading the document, in one line ("not UTF-8, read as Windows-1252;
    /// mojibake repaired"), so that the user can check it; null when the input was read as it was.
    /// </param>
    public sealed record Read(Document Document, string? Notice = null) : IngestResult(Document.Origin);

    public sealed record Failed(string Origin, string Reason) : IngestResult(Origin);
}
