namespace Sitrep.Text;

/// <summary>
/// What one immutable table answers about words, remembered in each <see cref="WordMemo"/> it is asked about: the
/// table (<paramref name="ask"/>, a pure function of the norm) is asked about a word once per thread, then its answer
/// is read back from the word, an array read instead of hashing the word and comparing it again.
/// </summary>
/// <remarks>
/// A slot holds an immutable <see cref="Answer"/> that names the table it came from, written and read as one
/// reference: two threads that fill the same memo (a text handed to another thread) write answers equal in value, and
/// a reader sees either none or a whole one (the runtime publishes an object's fields before the reference to it).
/// An answer of another table sharing the slot is not ours: the table is asked again. The default answer (null, false,
/// none), which most words get, is one object per table, so remembering it allocates nothing.
/// </remarks>
public sealed class WordAnswers<T>
{
    private readonly Func<string, T> _ask;
    private readonly int _slot = WordMemo.TakeSlot();
    private readonly Answer _default;

    public WordAnswers(Func<string, T> ask)
    {
        _ask = ask;
        _default = new Answer(this, default!);
    }

    /// <summary>The table's answer about <paramref name="word"/>'s norm.</summary>
    public T Of(WordMemo word) =>
        word[_slot] is Answer answer && ReferenceEquals(answer.Table, this) ? answer.Value : Remember(word);

    private T Remember(WordMemo word)
    {
        var value = _ask(word.Norm);
        word[_slot] = EqualityComparer<T>.Default.Equals(value, default) ? _default : new Answer(this, value);
        return value;
    }

    private sealed class Answer(WordAnswers<T> table, T value)
    {
        public WordAnswers<T> Table { get; } = table;
        public T Value { get; } = value;
    }
}
