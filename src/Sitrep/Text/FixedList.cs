using System.Collections;
using System.Runtime.InteropServices;

namespace Sitrep.Text;

/// <summary>
/// A read-only list as a sealed class: code that knows this type calls its indexer directly and enumerates it without
/// boxing, where an <see cref="IReadOnlyList{T}"/> is called through the interface on every item (the recognizers
/// read each token many times; the published build runs without the profile that would guess the type).
/// </summary>
public sealed class FixedList<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;

    /// <summary>Wraps <paramref name="items"/>, kept as it is when it is a <see cref="List{T}"/>: the caller must not change it.</summary>
    public FixedList(IEnumerable<T> items) => _items = items as List<T> ?? [.. items];

    public T this[int index] => _items[index];

    public int Count => _items.Count;

    /// <summary>The items as a span, for a loop over all of them that reads each once.</summary>
    internal ReadOnlySpan<T> AsSpan() => CollectionsMarshal.AsSpan(_items);

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
