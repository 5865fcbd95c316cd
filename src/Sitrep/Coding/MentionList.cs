using System.Collections;

namespace Sitrep.Coding;

/// <summary>
/// A sentence's mentions of one kind, or its cues of one kind, in text order, as <see cref="SentenceMentions"/> hands
/// them out. A sealed class, not an array behind <see cref="IReadOnlyList{T}"/>: the rules read the count and the items
/// of these lists for every sentence and trigger, and an array's interface methods are reached through a dispatch stub
/// and a generic helper each time (a fifth of the coding step's stub and helper samples), where this class's are
/// direct calls. The published build runs without the profile that would guess the type.
/// </summary>
public sealed class MentionList : IReadOnlyList<LocatedMention>
{
    public static readonly MentionList Empty = new([]);

    private readonly LocatedMention[] _items;

    /// <summary>Wraps <paramref name="items"/> as they stand: the caller must not change them after.</summary>
    public MentionList(LocatedMention[] items) => _items = items;

    public int Count => _items.Length;

    public LocatedMention this[int index] => _items[index];

    // The LINQ the rules run on these lists, run on the array as when the lists were arrays: LINQ reads a list that is
    // neither an array nor a List through an enumerator it allocates, and these run for every sentence (instance
    // methods are chosen before extension methods).
    public bool Any() => _items.Length > 0;

    public bool Any(Func<LocatedMention, bool> predicate) => _items.Any(predicate);

    public IEnumerable<LocatedMention> Where(Func<LocatedMention, bool> predicate) => _items.Where(predicate);

    public LocatedMention? FirstOrDefault(Func<LocatedMention, bool> predicate) => _items.FirstOrDefault(predicate);

    /// <summary>An enumerator on the stack for <c>foreach</c>; LINQ and interface callers get the array's.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<LocatedMention> IEnumerable<LocatedMention>.GetEnumerator() => ((IEnumerable<LocatedMention>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator(LocatedMention[] items)
    {
        private int _index = -1;

        public readonly LocatedMention Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}
