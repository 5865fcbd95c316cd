namespace Sitrep.Ingest;

/// <summary>
/// Ids and content hashes already read in one batch. Both are checked: the same article listed
/// in a JSONL file and found again as a loose file has two ids but one content hash.
/// </summary>
internal sealed class SeenDocuments
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contents = new(StringComparer.Ordinal);

    /// <summary>Records a document; false when its id or content was already seen.</summary>
    public bool Add(string id, string contentId)
    {
        if (_ids.Contains(id) || _contents.Contains(contentId)) return false;
        _ids.Add(id);
        _contents.Add(contentId);
        return true;
    }
}
