using System.Numerics;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Values by string key, asked by span, in one open-addressed array of (hash, key, value): a key absent from the table
/// (most of those the scanner asks, ~33 keys an article for ~7 names) costs the read of one slot, and a key present
/// the slot and the key's characters. A frozen dictionary reads its buckets, then its hash codes, then its keys and
/// values arrays, each a wait on memory when the step runs cold between the pipeline's others.
/// Built once; immutable and thread-safe.
/// </summary>
internal sealed class KeyTable<TValue> where TValue : class
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public KeyTable(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        // At most half full: a key absent is told at its first or second slot.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, 2 * entries.Count));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            var hash = HashOf(key);
            var i = hash & _mask;
            while (_slots[i].Key is { } taken)
            {
                if (taken == key) throw new ArgumentException($"key '{key}' given twice", nameof(entries));
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(hash, key, value);
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when the table lacks it.</summary>
    public TValue? Find(ReadOnlySpan<char> key)
    {
        var hash = HashOf(key);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Key is null) return null;
            if (slot.Hash == hash && key.SequenceEqual(slot.Key)) return slot.Value;
        }
    }

    private static int HashOf(ReadOnlySpan<char> key) => string.GetHashCode(key);

    private readonly record struct Slot(int Hash, string? Key, TValue? Value);
}
