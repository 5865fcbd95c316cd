namespace Sitrep.Ingest;

/// <summary>
/// Cuts a stream into batches bounded both by how many items they hold and by how much text they carry: a bound on
/// the count alone lets a batch of long articles (up to <see cref="IngestLimits.MaxTextChars"/> each) hold gigabytes.
/// An item longer than the text bound forms a batch of its own, so every item is let through. Batches are read lazily,
/// in input order, so only one batch is held at a time.
/// </summary>
public static class TextBoundedBatches
{
    /// <param name="chars">How much text an item carries, in characters.</param>
    public static IEnumerable<T[]> Of<T>(IEnumerable<T> items, int maxItems, long maxChars, Func<T, long> chars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var batch = new List<T>();
        long batchChars = 0;
        foreach (var item in items)
        {
            var size = chars(item);
            if (batch.Count > 0 && (batch.Count >= maxItems || batchChars + size > maxChars))
            {
                yield return [.. batch];
                batch.Clear();
                batchChars = 0;
            }
            batch.Add(item);
            batchChars += size;
        }
        if (batch.Count > 0) yield return [.. batch];
    }
}
