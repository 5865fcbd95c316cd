namespace Sitrep.Ingest.Sources;

/// <summary>
/// Keeps one failing input from stopping a batch: the items of an input are yielded until it
/// throws, and the exception becomes one last <see cref="Problem"/> for that input, so a file that
/// breaks halfway keeps the items read before the break.
/// </summary>
internal static class Isolation
{
    public static IEnumerable<SourceItem> Of(string origin, Func<IEnumerable<SourceItem>> items)
    {
        IEnumerator<SourceItem> enumerator;
        try
        {
            enumerator = items().GetEnumerator();
        }
        catch (Exception e)
        {
            return [new Problem(origin, FailureReason.Of(e))];
        }
        return Drain(origin, enumerator);
    }

    private static IEnumerable<SourceItem> Drain(string origin, IEnumerator<SourceItem> enumerator)
    {
        using (enumerator)
        {
            while (true)
            {
                var (item, done) = Next(origin, enumerator);
                if (item is not null) yield return item;
                if (done) yield break;
            }
        }
    }

    private static (SourceItem? Item, bool Done) Next(string origin, IEnumerator<SourceItem> enumerator)
    {
        try
        {
            return enumerator.MoveNext() ? (enumerator.Current, false) : (null, true);
        }
        catch (Exception e)
        {
            return (new Problem(origin, FailureReason.Of(e)), true);
        }
    }
}
