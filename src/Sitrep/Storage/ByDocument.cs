namespace Sitrep.Storage;

/// <summary>A store's rows, which come grouped by document, one document's at a time: only one document's are held.</summary>
public static class ByDocument
{
    /// <summary>
    /// Each document's rows in their order. The list is reused for the next document: the caller is done with it
    /// before it asks for the next.
    /// </summary>
    public static IEnumerable<IReadOnlyList<T>> Of<T>(IEnumerable<T> rows, Func<T, string> docId)
    {
        var document = new List<T>();
        foreach (var row in rows)
        {
            if (document.Count > 0 && docId(document[0]) != docId(row))
            {
                yield return document;
                document.Clear();
            }
            document.Add(row);
        }
        if (document.Count > 0) yield return document;
    }
}
