namespace Sitrep.Ingest;

/// <summary>
/// A queue between threads bounded both by how many items it holds and by how much text they carry, so that memory
/// stays flat however large the corpus: a bound on the count alone lets a run of long articles (up to
/// <see cref="IngestLimits.MaxTextChars"/> each) hold gigabytes. An item is always let into an empty queue, however
/// long, so no document waits forever for its size.
/// </summary>
/// <param name="chars">How much text an item carries, in characters.</param>
public sealed class TextBoundedQueue<T>(int maxItems, long maxChars, Func<T, long> chars)
{
    private readonly Queue<(T Item, long Chars)> _items = new();
    private long _chars;
    private bool _completed;

    /// <summary>Adds an item at the end, waiting while the queue is full.</summary>
    /// <exception cref="InvalidOperationException">Adding was completed.</exception>
    public void Add(T item)
    {
        var size = chars(item);
        lock (_items)
        {
            while (!_completed && _items.Count > 0 && (_items.Count >= maxItems || _chars + size > maxChars))
                Monitor.Wait(_items);
            if (_completed) throw new InvalidOperationException("The queue was completed: it takes no more items.");
            _items.Enqueue((item, size));
            _chars += size;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>No more items will be added: consumers end once the queue is empty.</summary>
    public void CompleteAdding()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>Takes items in the order they were added, waiting for each, until adding is complete and none is left.</summary>
    public IEnumerable<T> GetConsumingEnumerable()
    {
        while (TryTake(out var item)) yield return item;
    }

    private bool TryTake(out T item)
    {
        lock (_items)
        {
            while (_items.Count == 0 && !_completed) Monitor.Wait(_items);
            if (!_items.TryDequeue(out var taken))
            {
                item = default!;
                return false;
            }
            _chars -= taken.Chars;
            Monitor.PulseAll(_items);
            item = taken.Item;
            return true;
        }
    }
}
