using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Sitrep.Coding;

/// <summary>
/// A sentence's mentions of one kind, or its cues of one kind, in text order, as <see cref="SentenceMentions"/> hands
/// them out: a run of one array that holds a document's mentions list after list.
/// A value, not an object, nor an array behind <see cref="IReadOnlyList{T}"/>: a document has a hundred such lists (one
/// a sentence and kind present, one a kind of cue asked), a third of them never read, and as objects they were a tenth
/// of what the coder allocated; the rules read their count and items for every sentence and trigger, and through the
/// interface each read was a dispatch. Rules take it as it is (or as a type argument): as the interface it is boxed.
/// </summary>
public readonly struct MentionList : IReadOnlyList<LocatedMention>
{
    /// <summary>No mentions (the default value).</summary>
    public static readonly MentionList Empty;

    // Null in the default value, which has no items.
    private readonly LocatedMention[]? _items;
    private readonly int _start;

    /// <summary>Wraps <paramref name="items"/> as they stand: the caller must not change them after.</summary>
    public MentionList(LocatedMention[] items) : this(items, 0, items.Length)
    {
    }

    /// <summary>Wraps the run of <paramref name="count"/> items from <paramref name="start"/>, as it stands.</summary>
    public MentionList(LocatedMention[] items, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (uint)count, (uint)items.Length, nameof(count));
        (_items, _start, Count) = (items, start, count);
    }

    public int Count { get; }

    /// <summary>The run of <paramref name="count"/> of these from <paramref name="start"/>, over the same array.</summary>
    public MentionList Slice(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (uint)count, (uint)Count, nameof(count));
        return count == 0 ? Empty : new MentionList(_items!, _start + start, count);
    }

    /// <remarks>
    /// Read thousands of times an article, mostly in loops over a handful: inlined into them, its throw made elsewhere
    /// (a method that throws is not inlined, and the call cost more than the read).
    /// </remarks>
    public LocatedMention this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count) OutOfRange();
            return _items![_start + index];
        }
    }

    [DoesNotReturn]
    private static void OutOfRange() => throw new ArgumentOutOfRangeException("index");

    private ReadOnlySpan<LocatedMention> Items => new(_items, _start, Count);

    // The LINQ the rules run on these lists, run as on an array: LINQ reads a list that is neither an array nor a List
    // through an enumerator it allocates, and these run for every sentence (instance methods come before extensions).
    public bool Any() => Count > 0;

    public bool Any(Func<LocatedMention, bool> predicate)
    {
        foreach (var m in Items)
            if (predicate(m)) return true;
        return false;
    }

    public LocatedMention? FirstOrDefault(Func<LocatedMention, bool> predicate)
    {
        foreach (var m in Items)
            if (predicate(m)) return m;
        return null;
    }

    /// <summary>As LINQ's: deferred, in order; nothing made for an empty list.</summary>
    public IEnumerable<LocatedMention> Where(Func<LocatedMention, bool> predicate) => Count == 0 ? [] : Matching(predicate);

    private IEnumerable<LocatedMention> Matching(Func<LocatedMention, bool> predicate)
    {
        for (var i = 0; i < Count; i++)
            if (predicate(_items![_start + i])) yield return _items[_start + i];
    }

    /// <summary>An enumerator on the stack for <c>foreach</c>.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<LocatedMention> IEnumerable<LocatedMention>.GetEnumerator() =>
        Count == 0 ? ((IEnumerable<LocatedMention>)Array.Empty<LocatedMention>()).GetEnumerator() : new ArraySegment<LocatedMention>(_items!, _start, Count).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<LocatedMention>)this).GetEnumerator();

    public struct Enumerator(MentionList list)
    {
        private int _index = -1;

        public readonly LocatedMention Current => list._items![list._start + _index];

        public bool MoveNext() => ++_index < list.Count;
    }
}
