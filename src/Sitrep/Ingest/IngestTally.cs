namespace Sitrep.Ingest;

/// <summary>
/// Counts what one <see cref="DocumentReader.ReadAll(IEnumerable{string}, IngestOptions, IngestTally)"/>
/// enumeration did, updated as results are yielded. Duplicates are skipped without a result,
/// so this is where they are counted. Not thread-safe: one tally per enumeration.
/// </summary>
public sealed class IngestTally
{
    public int Read { get; internal set; }

    public int Failed { get; internal set; }

    /// <summary>Documents skipped because a document with the same id or the same outlet and text was already read.</summary>
    public int Duplicates { get; internal set; }

    public override string ToString() => $"{Read} read, {Failed} failed, {Duplicates} duplicates skipped";
}
