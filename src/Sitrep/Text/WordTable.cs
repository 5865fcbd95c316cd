using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Sitrep.Text;

/// <summary>
/// A table of a few hundred words that does not change, for the lookups the recognizers make at every token (date cues,
/// number words, the first words of phrases), nearly all of which miss. A word's slot comes from its length and its
/// first and last characters, so a word of the text that is in no slot is turned away after reading two characters,
/// where a <see cref="Dictionary{TKey, TValue}"/> hashes it whole and calls its comparer through an interface; a word
/// in an occupied slot is compared with the few words there, ordinally.
/// </summary>
public sealed class WordTable<TValue>
{
    // Slots per word at least: most slots stay empty, so most words of the text that are not in the table find none.
    private const int SlotsPerWord = 8;

    private readonly (string Word, TValue Value)[]?[] _slots;
    private readonly int _shift;

    /// <param name="entries">The words and their values; a word given twice keeps its last value.</param>
    public WordTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var unique = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (word, value) in entries) unique[word] = value;
        var size = BitOperations.RoundUpToPowerOf2((uint)Math.Max(SlotsPerWord, unique.Count * SlotsPerWord));
        _slots = new (string, TValue)[]?[size];
        _shift = 32 - BitOperations.Log2(size);
        foreach (var (word, value) in unique)
        {
            ref var slot = ref _slots[Slot(word)];
            slot = [.. slot ?? [], (word, value)];
        }
    }

    public bool TryGetValue(string word, [MaybeNullWhen(false)] out TValue value)
    {
        if (_slots[Slot(word)] is { } slot)
            foreach (var (listed, listedValue) in slot)
                if (string.Equals(listed, word, StringComparison.Ordinal))
                {
                    value = listedValue;
                    return true;
                }
        value = default;
        return false;
    }

    public TValue? GetValueOrDefault(string word) => TryGetValue(word, out var value) ? value : default;

    public TValue this[string word] => TryGetValue(word, out var value) ? value : throw new KeyNotFoundException($"'{word}' is not in the table");

    /// <summary>The length and the first and last characters, mixed (Fibonacci hashing) into the top bits.</summary>
    private int Slot(string word)
    {
        var ends = word.Length == 0 ? 0u : word[0] | (uint)word[^1] << 16;
        return (int)((ends * 0x9E3779B1u + (uint)word.Length * 0x85EBCA77u) >> _shift);
    }
}
