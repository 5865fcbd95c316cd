namespace Sitrep.Coding;

/// <summary>
/// What a function gave for the key asked last, kept for the next ask: the coder asks the same thing many times running
/// (a sentence's triggers share the date mention nearest them, the events of a sentence share their date's and source's
/// rule, the sentences of a paragraph carry its source), and each ask would otherwise parse or write it again. Keys are
/// compared by reference: the same mention or rule string, not an equal one. One document's: made with its
/// <see cref="DocumentState"/>.
/// </summary>
public sealed class LastResult<TKey, TValue>(Func<TKey, TValue> compute) where TKey : class?
{
    private bool _asked;
    private TKey _key = default!;
    private TValue _value = default!;

    /// <summary>The function's value for <paramref name="key"/>: the same one as last time when the key is the same object.</summary>
    public TValue Of(TKey key)
    {
        if (!_asked || !ReferenceEquals(key, _key)) (_asked, _key, _value) = (true, key, compute(key));
        return _value;
    }
}
